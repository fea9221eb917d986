#include "XlsxReader.h"

#include "LegacyEncoding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

class ZipArchive
{
public:
    explicit ZipArchive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    // The sizes the archive declares for its members, unpacked.
    QHash<QString, qint64> memberSizes()
    {
        QHash<QString, qint64> sizes;
        for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
            unz_file_info64 info;
            char name[512];
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
                sizes.insert(QString::fromUtf8(name), qint64(info.uncompressed_size));
        }
        return sizes;
    }

    // A member's content, or nothing when it is missing or unpacks to more than limit bytes (a
    // lying size header cannot get past this).
    std::optional<QByteArray> member(const QString &name, qint64 limit)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray content;
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            content.append(buffer, read);
            if (content.size() > limit) {
                unzCloseCurrentFile(m_zip);
                return std::nullopt;
            }
        }
        unzCloseCurrentFile(m_zip);
        return read < 0 ? std::nullopt : std::optional<QByteArray>(content);
    }

private:
    unzFile m_zip;
};

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si"_s) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t"_s && inItem) {
            current += reader.readElementText();
        } else if (reader.isStartElement() && reader.name() == u"rPh"_s) {
            reader.skipCurrentElement();   // phonetic hints are not part of the text
        } else if (reader.isEndElement() && reader.name() == u"si"_s) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

// "BC12" -> 54: the zero-based column of a cell reference.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return column - 1;
}

// Where the first sheet lives, from the workbook and its relationships.
QString firstSheetPath(ZipArchive &zip, qint64 limit)
{
    const std::optional<QByteArray> workbook = zip.member(u"xl/workbook.xml"_s, limit);
    const std::optional<QByteArray> relations = zip.member(u"xl/_rels/workbook.xml.rels"_s, limit);
    if (!workbook || !relations)
        return {};
    QString relationId;
    QXmlStreamReader book(*workbook);
    while (!book.atEnd() && relationId.isEmpty()) {
        if (book.readNext() == QXmlStreamReader::StartElement && book.name() == u"sheet"_s) {
            for (const QXmlStreamAttribute &attribute : book.attributes()) {
                if (attribute.name() == u"id"_s)
                    relationId = attribute.value().toString();
            }
        }
    }
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship"_s
            && rels.attributes().value(u"Id"_s) == relationId) {
            const QString target = rels.attributes().value(u"Target"_s).toString();
            return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
        }
    }
    return {};
}

} // namespace

Result<QList<QStringList>> XlsxReader::read(const QString &path)
{
    return read(path, Limits());
}

Result<QList<QStringList>> XlsxReader::read(const QString &path, const Limits &limits)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFile::exists(path))
        return Error(Error::Kind::File, tr("The file %1 does not exist.").arg(name));
    ZipArchive zip(path);
    if (!zip.isOpen())
        return Error(Error::Kind::Refused, tr("The file %1 is not an Excel workbook (.xlsx): it is not a zip archive.")
                                               .arg(name));
    const QHash<QString, qint64> sizes = zip.memberSizes();
    qint64 total = 0;
    for (const qint64 size : sizes) {
        total += size;
        if (size > limits.memberBytes || total > limits.totalBytes)
            return Error(Error::Kind::Refused,
                         tr("The file %1 would unpack to far more data than a spreadsheet holds (a \"zip bomb\"); "
                            "it was not opened.").arg(name));
    }
    const QString sheetPath = firstSheetPath(zip, limits.memberBytes);
    const std::optional<QByteArray> sheet = sheetPath.isEmpty() ? std::nullopt : zip.member(sheetPath, limits.memberBytes);
    if (!sheet)
        return Error(Error::Kind::Refused, tr("The workbook %1 has no sheet to import.").arg(name));
    const QStringList strings = sharedStrings(zip.member(u"xl/sharedStrings.xml"_s, limits.memberBytes).value_or(QByteArray()));

    QList<QStringList> rows;
    QXmlStreamReader reader(*sheet);
    QStringList row;
    int rowNumber = 0;
    int column = 0;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"row"_s) {
            rowNumber = reader.attributes().value(u"r"_s).toInt();
            while (rows.size() < rowNumber - 1)
                rows << QStringList();   // rows the sheet leaves out are empty
            row.clear();
        } else if (reader.isStartElement() && reader.name() == u"c"_s) {
            column = columnOf(reader.attributes().value(u"r"_s));
            type = reader.attributes().value(u"t"_s).toString();
        } else if (reader.isStartElement() && (reader.name() == u"v"_s || reader.name() == u"t"_s)) {
            QString value = reader.readElementText();
            if (type == u"s"_s)
                value = strings.value(value.toInt());
            if (value.size() > limits.cellCharacters)
                return Error(Error::Kind::Refused, tr("A cell of %1 holds more than %2 characters, which Excel itself "
                                                      "does not allow; the file was not imported.")
                                                       .arg(name).arg(limits.cellCharacters));
            while (row.size() < column)
                row << QString();
            if (column >= 0)
                row << value.normalized(QString::NormalizationForm_C);
        } else if (reader.isEndElement() && reader.name() == u"row"_s) {
            rows << row;
        }
    }
    if (reader.hasError())
        return Error(Error::Kind::Refused, tr("The workbook %1 is damaged: %2").arg(name, reader.errorString()));
    for (const QStringList &cells : std::as_const(rows)) {
        const LegacyEncoding::Kind legacy = LegacyEncoding::detect(cells.join(u' '));
        if (legacy != LegacyEncoding::Kind::None)
            return Error(Error::Kind::Refused,
                         tr("The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example "
                            "with Unikey's converter) and import it again.").arg(name, LegacyEncoding::name(legacy)));
    }
    return rows;
}

} // namespace dotpha
