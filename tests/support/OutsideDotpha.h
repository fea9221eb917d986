#pragma once

#include <QString>
#include <QVariantList>

namespace dotpha::test {

// Runs sql on the database through a connection of its own, as another program (the sqlite3 shell,
// a script, psql as the server's owner) would: without Dotpha's triggers and without sealing.
// path is a file's, or a server database's address (TemporaryDatabase::path()). Fails the test
// when it cannot.
void changeOutsideDotpha(const QString &path, const QString &sql, const QVariantList &values = {});

// Damages the database file at path (closed) where opening it and its first screen never read: a
// table of its own, filled, then its root page's header written over, as a failing disk or a copy
// cut short leaves a file. SQLite's quick_check finds it.
void damageOutsideDotpha(const QString &path);

} // namespace dotpha::test
