#pragma once

#include <QString>

#include <optional>

namespace dotpha {

// Which file a path names on disk: device and inode (the volume and file index on Windows). A
// database deleted, moved away or replaced by a copy while Dotpha has it open keeps being
// written through the old handle, into a file nobody will open again; comparing identities
// before a commit tells that the save would be lost.
struct FileIdentity
{
    quint64 device = 0;
    quint64 file = 0;

    bool operator==(const FileIdentity &other) const = default;

    // nullopt when nothing is at path.
    static std::optional<FileIdentity> of(const QString &path);
};

} // namespace dotpha
