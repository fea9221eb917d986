#pragma once

#include "Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace dotpha::test {

// A database file in a temporary folder of its own, removed with the object.
class TemporaryDatabase
{
public:
    TemporaryDatabase();

    const QString &path() const { return m_path; }
    QString pathFor(const QString &fileName) const;

    // Opens (creating on first use) the database; fails the test when it cannot.
    std::unique_ptr<Workspace> open(Database::Mode mode = Database::Mode::OpenOrCreate) const;

private:
    QTemporaryDir m_folder;
    QString m_path;
};

} // namespace dotpha::test
