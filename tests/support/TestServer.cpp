#include "TestServer.h"

#include "ServerConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha::test {

QString TestServer::missing()
{
    static const QString why = [] {
        if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGSERVICE"))
            return u"No PostgreSQL server to test against (PGHOST is not set; scripts/test starts one with "
                   "pg_virtualenv): the server suite is skipped."_s;
        const auto connection = ServerConnection::open(address());
        return connection ? QString() : u"The PostgreSQL server named by PG* does not open: "_s + connection.error().message();
    }();
    return why;
}

bool TestServer::required()
{
    return !qEnvironmentVariableIsEmpty("DOTPHA_REQUIRE_SERVER");
}

ServerAddress TestServer::explicitAddress()
{
    ServerAddress address;
    address.host = qEnvironmentVariable("PGHOST", u"localhost"_s);
    address.port = qEnvironmentVariable("PGPORT", u"5432"_s).toInt();
    return address;
}

namespace {

QAtomicInt databaseCount;

bool execute(const ServerAddress &address, const QString &sql, QString *why = nullptr)
{
    const auto connection = ServerConnection::open(address);
    if (!connection) {
        if (why)
            *why = connection.error().message();
        return false;
    }
    QSqlQuery query((*connection)->connection());
    if (query.exec(sql))
        return true;
    if (why)
        *why = query.lastError().text();
    return false;
}

} // namespace

TemporaryServerDatabase::TemporaryServerDatabase()
    : m_name(u"dotpha_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(databaseCount.fetchAndAddRelaxed(1)))
{
    if (!execute(TestServer::address(), u"CREATE DATABASE %1"_s.arg(m_name), &m_why) && m_why.isEmpty())
        m_why = u"the test database could not be created"_s;
}

TemporaryServerDatabase::~TemporaryServerDatabase()
{
    if (ok())
        execute(TestServer::address(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
}

ServerAddress TemporaryServerDatabase::address() const
{
    ServerAddress address = TestServer::address();
    address.database = m_name;
    return address;
}

bool TemporaryServerDatabase::run(const QString &sql) const
{
    QString why;
    const bool done = execute(address(), sql, &why);
    EXPECT_TRUE(done) << sql.toStdString() << ": " << why.toStdString();
    return done;
}

} // namespace dotpha::test
