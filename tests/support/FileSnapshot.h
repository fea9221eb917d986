#pragma once

#include <QByteArray>
#include <QString>

namespace dotpha::test {

// The bytes of a file and of its WAL companions, to show that an operation left them untouched.
class FileSnapshot
{
public:
    explicit FileSnapshot(const QString &path);
    bool operator==(const FileSnapshot &other) const = default;

    QByteArray digest;
    bool walExists = false;
};

} // namespace dotpha::test
