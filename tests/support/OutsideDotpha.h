#pragma once

#include <QString>
#include <QVariantList>

namespace dotpha::test {

// Runs sql on the file through a connection of its own, as another program (the sqlite3 shell, a
// script) would: without Dotpha's triggers and without sealing. Fails the test when it cannot.
void changeOutsideDotpha(const QString &path, const QString &sql, const QVariantList &values = {});

} // namespace dotpha::test
