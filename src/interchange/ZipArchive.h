#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dotpha {

// A zip archive read through minizip, its members named as a package names them: with '/'
// (some writers use '\'), without a leading '/', in any case. Members are read whole or in
// chunks, never past a limit: a size the archive declares is not trusted.
class ZipArchive
{
public:
    struct Member
    {
        QString name;             // as stored
        qint64 compressed = 0;    // declared
        qint64 uncompressed = 0;  // declared
    };
    enum class ReadResult { Read, Missing, TooLarge, Damaged, Stopped };
    // Return false to stop reading.
    using Chunk = std::function<bool(const QByteArray &bytes)>;

    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Members whose header could not be read, or whose name is longer than is read: left out of
    // members(). A reader that must account for every member refuses an archive with any.
    int unreadableMembers() const { return m_unreadable; }
    const QList<Member> &members() const { return m_members; }
    // The member a package path names, or nullopt.
    std::optional<Member> find(const QString &path) const;

    // Hands the member's bytes to chunk as they unpack, stopping at limit bytes.
    ReadResult read(const QString &path, qint64 limit, const Chunk &chunk);
    // The whole member, when it holds at most limit bytes.
    std::optional<QByteArray> readAll(const QString &path, qint64 limit);

    // "xl\Worksheets\Sheet1.xml", "/xl/worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml".
    static QString normalised(const QString &path);

private:
    void *m_zip = nullptr;
    QList<Member> m_members;
    int m_unreadable = 0;
    QHash<QString, qsizetype> m_byPath;   // normalised, folded to lower case -> index
};

} // namespace dotpha
