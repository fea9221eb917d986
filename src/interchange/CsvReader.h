#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// Reads a CSV file as offices produce it: comma- or semicolon-separated (whichever the first lines
// use), fields quoted with line breaks inside, UTF-8 with or without a byte-order mark. Text is
// normalised to NFC, so decomposed Vietnamese matches what is typed. A file in a legacy Vietnamese
// encoding is refused with the encoding named.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<QList<QStringList>> read(const QString &path);
    static QList<QStringList> parse(const QString &text);
    static QChar separatorOf(const QString &text);
};

} // namespace dotpha
