#pragma once

#include "TestBackend.h"
#include "TestServer.h"
#include "Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace dotpha::test {

// A database of the suite's backend (TestBackend), removed with the object: a file in a temporary
// folder of its own, or a prepared database of its own on the test server. The folder is there on
// both, for the files a test writes beside the database.
class TemporaryDatabase
{
public:
    TemporaryDatabase();
    // On the given backend, whichever the suite runs on: for a test between a file and the server.
    explicit TemporaryDatabase(TestBackend backend);
    ~TemporaryDatabase();

    // What Workspace::open takes: the file's path, or the server database's address.
    const QString &path() const { return m_path; }
    QString pathFor(const QString &fileName) const;

    // Opens (a file is created on first use) the database; fails the test when it cannot.
    std::unique_ptr<Workspace> open(Database::Mode mode = Database::Mode::OpenOrCreate) const;

private:
    QTemporaryDir m_folder;
    std::unique_ptr<TemporaryServerDatabase> m_server;
    QString m_path;
};

} // namespace dotpha::test
