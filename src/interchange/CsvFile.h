#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// CSV as Excel reads it: UTF-8 with a byte-order mark, comma-separated, CRLF, fields quoted when
// they hold a separator, a quote or a line break. A cell that a spreadsheet would run as a formula
// (starting with = + - @) is written with a leading apostrophe, so an exported file can never carry
// a formula into someone's Excel.
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    static Status write(const QString &path, const QList<QStringList> &rows);
    static QString field(const QString &text);
    static QString guardFormula(const QString &text);
    // The text guardFormula() was given: the apostrophe removed where it guards a formula's first
    // character, so that an exported file imports as it was.
    static QString unguardFormula(const QString &text);
};

} // namespace dotpha
