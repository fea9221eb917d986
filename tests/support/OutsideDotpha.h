#pragma once

#include <QString>
#include <QVariantList>

namespace dotpha::test {

// Runs sql on the database through a connection of its own, as another program (the sqlite3 shell,
// a script, psql as the server's owner) would: without Dotpha's triggers and without sealing.
// path is a file's, or a server database's address (TemporaryDatabase::path()). Fails the test
// when it cannot.
void changeOutsideDotpha(const QString &path, const QString &sql, const QVariantList &values = {});

} // namespace dotpha::test
