#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace dotpha {

class ZipArchive;

// Finds a workbook's parts the way Excel does, through the package's relationships: _rels/.rels
// names the workbook, the workbook's own .rels names its sheets and shared texts, each target
// relative to the part that names it. Writers that put the workbook elsewhere than xl/, write
// backslashes or leave relationships out are followed too, by falling back to the usual names.
class XlsxPackage
{
public:
    struct Parts
    {
        QString sheet;           // the first sheet, as the workbook orders them
        QString sharedStrings;   // empty when the workbook has none
    };
    // Reads a small part whole, or nullopt.
    using PartReader = std::function<std::optional<QByteArray>(const QString &path)>;

    static std::optional<Parts> locate(const ZipArchive &zip, const PartReader &read);

    // "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/x" is absolute.
    static QString resolved(const QString &fromPart, const QString &target);
    // "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
    static QString relationshipsOf(const QString &part);
};

} // namespace dotpha
