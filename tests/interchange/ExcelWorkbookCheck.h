#pragma once

#include <QString>
#include <QStringList>

namespace dotpha::test {

// Reads a workbook's XML the way Excel does where LibreOffice forgives: every attribute the
// SpreadsheetML schema types as a number (xsd:double, xsd:unsignedInt, ...) must be written as
// one, with a dot; so must the value of every numeric cell. Returns one line per violation,
// naming the member, the element and the attribute.
class ExcelWorkbookCheck
{
public:
    static QStringList problemsOf(const QString &path);
};

} // namespace dotpha::test
