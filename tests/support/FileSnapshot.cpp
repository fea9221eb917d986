#include "FileSnapshot.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace dotpha::test {

FileSnapshot::FileSnapshot(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        digest = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    walExists = QFile::exists(path + u"-wal"_s);
}

} // namespace dotpha::test
