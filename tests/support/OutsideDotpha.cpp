#include "OutsideDotpha.h"

#include "ServerAddress.h"
#include "ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace dotpha::test {

namespace {

void runOn(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    ASSERT_TRUE(query.prepare(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    ASSERT_TRUE(query.exec()) << sql.toStdString() << ": " << query.lastError().text().toStdString();
}

// The server's superuser with the triggers off (session_replication_role), as its owner could
// do from psql: the trail records nothing.
void changeOnServer(const QString &address, const QString &sql, const QVariantList &values)
{
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address);
    ASSERT_TRUE(parsed) << address.toStdString();
    const auto connection = ServerConnection::open(*parsed);
    ASSERT_TRUE(connection) << connection.error().message().toStdString();
    QSqlQuery quiet((*connection)->connection());
    ASSERT_TRUE(quiet.exec(u"SET session_replication_role = replica"_s)) << quiet.lastError().text().toStdString();
    runOn((*connection)->connection(), sql, values);
}

} // namespace

void changeOutsideDotpha(const QString &path, const QString &sql, const QVariantList &values)
{
    if (ServerAddress::isServerAddress(path)) {
        changeOnServer(path, sql, values);
        return;
    }
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        runOn(other, sql, values);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
}

} // namespace dotpha::test
