#include "OutsideDotpha.h"

#include "ServerAddress.h"
#include "ServerConnection.h"

#include <QFile>
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

void damageOutsideDotpha(const QString &path)
{
    changeOutsideDotpha(path, u"CREATE TABLE scratch (x TEXT)"_s);
    changeOutsideDotpha(path, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                              "INSERT INTO scratch SELECT hex(randomblob(300)) FROM n"_s);
    qint64 offset = 0;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery read(other);
        ASSERT_TRUE(read.exec(u"SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'scratch'), "
                               "(SELECT page_size FROM pragma_page_size())"_s) && read.next());
        offset = (read.value(0).toLongLong() - 1) * read.value(1).toLongLong();
        read.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);   // the last connection: the -wal is written back and removed
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(offset));
    ASSERT_EQ(file.write(QByteArray(12, '\xff')), 12);
}

} // namespace dotpha::test
