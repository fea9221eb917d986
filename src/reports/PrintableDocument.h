#pragma once

#include "CommitteeSettings.h"

#include <QString>

namespace dotpha {

class DocumentCanvas;

// A document that can be printed, previewed or written to PDF: it paints itself page by page.
class PrintableDocument
{
public:
    virtual ~PrintableDocument() = default;
    virtual QString title() const = 0;
    virtual const CommitteeSettings &committee() const = 0;
    virtual void paint(DocumentCanvas &canvas) const = 0;
};

} // namespace dotpha
