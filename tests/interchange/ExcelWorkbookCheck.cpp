#include "ExcelWorkbookCheck.h"

#include "ZipArchive.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace dotpha::test {

namespace {

// Attributes of SpreadsheetML (ECMA-376 part 1, sml.xsd) and DrawingML whose type is numeric.
const QSet<QString> &numericAttributes()
{
    static const QSet<QString> names = {
        u"width"_s, u"min"_s, u"max"_s, u"ht"_s, u"defaultRowHeight"_s, u"defaultColWidth"_s, u"baseColWidth"_s,
        u"left"_s, u"right"_s, u"top"_s, u"bottom"_s, u"header"_s, u"footer"_s, u"xSplit"_s, u"ySplit"_s,
        u"outlineLevel"_s, u"outlineLevelRow"_s, u"outlineLevelCol"_s, u"val"_s, u"sz"_s, u"numFmtId"_s,
        u"fontId"_s, u"fillId"_s, u"borderId"_s, u"xfId"_s, u"count"_s, u"uniqueCount"_s, u"scale"_s,
        u"paperSize"_s, u"fitToWidth"_s, u"fitToHeight"_s, u"zoomScale"_s, u"tabSelected"_s, u"s"_s,
        u"activeTab"_s, u"firstSheet"_s, u"windowWidth"_s, u"windowHeight"_s, u"xWindow"_s, u"yWindow"_s,
        u"sheetId"_s, u"indent"_s, u"rgb"_s /* hex, checked apart */};
    return names;
}

bool isNumber(QStringView text)
{
    static const QRegularExpression number(u"^-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    return number.match(text).hasMatch();
}

QStringList problemsOfMember(const QString &member, const QByteArray &xml)
{
    QStringList problems;
    QXmlStreamReader reader(xml);
    bool numericCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString element = reader.name().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString name = attribute.name().toString();
                if (!numericAttributes().contains(name) || name == u"rgb"_s)
                    continue;
                // "val" and "s" are numeric only on some elements; a word there is not a number
                // written with a comma.
                if ((name == u"val"_s || name == u"s"_s) && !attribute.value().contains(u','))
                    continue;
                if (!isNumber(attribute.value()))
                    problems << u"%1: <%2 %3=\"%4\">"_s.arg(member, element, name, attribute.value());
            }
            if (element == u"c"_s) {
                const QStringView type = reader.attributes().value(u"t"_s);
                numericCell = type.isEmpty() || type == u"n"_s;
            } else if (element == u"v"_s && numericCell) {
                const QString value = reader.readElementText();
                if (!isNumber(value))
                    problems << u"%1: numeric cell value \"%2\""_s.arg(member, value);
            }
        }
    }
    if (reader.hasError())
        problems << u"%1: %2"_s.arg(member, reader.errorString());
    return problems;
}

} // namespace

QStringList ExcelWorkbookCheck::problemsOf(const QString &path)
{
    ZipArchive zip(path);
    if (!zip.isOpen())
        return {u"%1 is not a zip archive"_s.arg(path)};
    QStringList problems;
    for (const ZipArchive::Member &member : zip.members()) {
        if (!member.name.endsWith(u".xml"_s) && !member.name.endsWith(u".rels"_s))
            continue;
        const std::optional<QByteArray> xml = zip.readAll(member.name, 64 * 1024 * 1024);
        if (!xml)
            problems << u"%1 cannot be read"_s.arg(member.name);
        else
            problems << problemsOfMember(member.name, *xml);
    }
    return problems;
}

} // namespace dotpha::test
