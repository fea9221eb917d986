#include "XlsxPackage.h"

#include "ZipArchive.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

struct Relationship
{
    QString type;     // its last segment: "officeDocument", "worksheet", "sharedStrings"
    QString target;
};

// Id -> relationship, from a .rels part.
QHash<QString, Relationship> relationshipsIn(const QByteArray &xml)
{
    QHash<QString, Relationship> relationships;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Relationship"_s)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(u"TargetMode"_s) == u"External"_s)
            continue;
        const QString type = attributes.value(u"Type"_s).toString();
        relationships.insert(attributes.value(u"Id"_s).toString(),
                             {type.mid(type.lastIndexOf(u'/') + 1), attributes.value(u"Target"_s).toString()});
    }
    return relationships;
}

std::optional<Relationship> firstOfType(const QHash<QString, Relationship> &relationships, const QString &type)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type == type)
            return relationship;
    }
    return std::nullopt;
}

// The r:id of each sheet, in the workbook's order.
QStringList sheetIds(const QByteArray &workbook)
{
    QStringList ids;
    QXmlStreamReader reader(workbook);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"sheet"_s)
            continue;
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            if (attribute.name() == u"id"_s && !attribute.namespaceUri().isEmpty())
                ids << attribute.value().toString();
            else if (attribute.qualifiedName() == u"r:id"_s)
                ids << attribute.value().toString();
        }
    }
    return ids;
}

// The first member whose name ends with one of the endings, in the archive's order.
QString firstEndingWith(const ZipArchive &zip, const QStringList &endings)
{
    for (const QString &ending : endings) {
        for (const ZipArchive::Member &member : zip.members()) {
            const QString name = ZipArchive::normalised(member.name);
            if (name.compare(ending, Qt::CaseInsensitive) == 0 || name.endsWith(u'/' + ending, Qt::CaseInsensitive))
                return name;
        }
    }
    return {};
}

QString workbookPath(const ZipArchive &zip, const XlsxPackage::PartReader &read)
{
    if (const std::optional<QByteArray> root = read(u"_rels/.rels"_s)) {
        if (const auto document = firstOfType(relationshipsIn(*root), u"officeDocument"_s)) {
            const QString path = XlsxPackage::resolved(QString(), document->target);
            if (zip.find(path))
                return path;
        }
    }
    return firstEndingWith(zip, {u"xl/workbook.xml"_s, u"workbook.xml"_s});
}

QString existing(const ZipArchive &zip, const QString &path)
{
    return zip.find(path) ? ZipArchive::normalised(path) : QString();
}

} // namespace

QString XlsxPackage::resolved(const QString &fromPart, const QString &target)
{
    QString normalisedTarget = target;
    normalisedTarget.replace(u'\\', u'/');
    if (normalisedTarget.startsWith(u'/'))
        return ZipArchive::normalised(normalisedTarget);
    const QString from = ZipArchive::normalised(fromPart);
    const qsizetype slash = from.lastIndexOf(u'/');
    const QString directory = slash < 0 ? QString() : from.left(slash + 1);
    return ZipArchive::normalised(directory + normalisedTarget);
}

QString XlsxPackage::relationshipsOf(const QString &part)
{
    const QString path = ZipArchive::normalised(part);
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.left(slash + 1) + u"_rels/"_s + path.mid(slash + 1) + u".rels"_s;
}

std::optional<XlsxPackage::Parts> XlsxPackage::locate(const ZipArchive &zip, const PartReader &read)
{
    Parts parts;
    const QString workbook = workbookPath(zip, read);
    if (!workbook.isEmpty()) {
        const QHash<QString, Relationship> relationships =
            relationshipsIn(read(relationshipsOf(workbook)).value_or(QByteArray()));
        for (const QString &id : sheetIds(read(workbook).value_or(QByteArray()))) {
            const auto sheet = relationships.constFind(id);
            if (sheet != relationships.cend() && sheet->type == u"worksheet"_s) {
                parts.sheet = existing(zip, resolved(workbook, sheet->target));
                break;
            }
        }
        if (const auto strings = firstOfType(relationships, u"sharedStrings"_s))
            parts.sharedStrings = existing(zip, resolved(workbook, strings->target));
    }
    if (parts.sheet.isEmpty())
        parts.sheet = firstEndingWith(zip, {u"xl/worksheets/sheet1.xml"_s, u"worksheets/sheet1.xml"_s, u"sheet1.xml"_s});
    if (parts.sharedStrings.isEmpty())
        parts.sharedStrings = firstEndingWith(zip, {u"xl/sharedStrings.xml"_s, u"sharedStrings.xml"_s});
    if (parts.sheet.isEmpty())
        return std::nullopt;
    return parts;
}

} // namespace dotpha
