#include "ZipArchive.h"

#include <QFile>

#include <unzip.h>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

unzFile zipOf(void *handle)
{
    return static_cast<unzFile>(handle);
}

} // namespace

ZipArchive::ZipArchive(const QString &path)
    : m_zip(unzOpen64(QFile::encodeName(path).constData()))
{
    if (!m_zip)
        return;
    for (int status = unzGoToFirstFile(zipOf(m_zip)); status == UNZ_OK; status = unzGoToNextFile(zipOf(m_zip))) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(zipOf(m_zip), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.size_filename >= sizeof name) {
            ++m_unreadable;
            continue;
        }
        const Member member{QString::fromUtf8(name), qint64(info.compressed_size), qint64(info.uncompressed_size)};
        m_byPath.insert(normalised(member.name).toLower(), m_members.size());
        m_members.append(member);
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(zipOf(m_zip));
}

QString ZipArchive::normalised(const QString &path)
{
    QString name = path;
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    // "xl/worksheets/../sharedStrings.xml" -> "xl/sharedStrings.xml"
    QStringList parts;
    for (const QString &part : name.split(u'/')) {
        if (part == u".."_s) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (!part.isEmpty() && part != u"."_s) {
            parts << part;
        }
    }
    return parts.join(u'/');
}

std::optional<ZipArchive::Member> ZipArchive::find(const QString &path) const
{
    const auto found = m_byPath.constFind(normalised(path).toLower());
    if (found == m_byPath.cend())
        return std::nullopt;
    return m_members.at(*found);
}

ZipArchive::ReadResult ZipArchive::read(const QString &path, qint64 limit, const Chunk &chunk)
{
    const std::optional<Member> member = find(path);
    if (!member)
        return ReadResult::Missing;
    if (unzLocateFile(zipOf(m_zip), member->name.toUtf8().constData(), 1) != UNZ_OK
        || unzOpenCurrentFile(zipOf(m_zip)) != UNZ_OK)
        return ReadResult::Damaged;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    ReadResult result = ReadResult::Read;
    for (;;) {
        const int read = unzReadCurrentFile(zipOf(m_zip), buffer.data(), unsigned(buffer.size()));
        if (read < 0) {
            result = ReadResult::Damaged;
            break;
        }
        if (read == 0)
            break;
        total += read;
        if (total > limit) {
            result = ReadResult::TooLarge;
            break;
        }
        if (!chunk(QByteArray(buffer.constData(), read))) {
            result = ReadResult::Stopped;
            break;
        }
    }
    // A CRC mismatch is reported when the member is closed after its end was reached.
    const int closed = unzCloseCurrentFile(zipOf(m_zip));
    if (result == ReadResult::Read && closed != UNZ_OK)
        return ReadResult::Damaged;
    return result;
}

std::optional<QByteArray> ZipArchive::readAll(const QString &path, qint64 limit)
{
    QByteArray content;
    const ReadResult result = read(path, limit, [&](const QByteArray &bytes) {
        content.append(bytes);
        return true;
    });
    if (result != ReadResult::Read)
        return std::nullopt;
    return content;
}

} // namespace dotpha
