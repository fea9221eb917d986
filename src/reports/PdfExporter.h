#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class PrintableDocument;

// Writes a document to a PDF file (A4, fonts embedded). The file is written beside its final name
// and renamed into place, so a failed export leaves no half-written PDF.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    static Status write(const PrintableDocument &document, const QString &path);
};

} // namespace dotpha
