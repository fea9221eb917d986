#include "TestServer.h"

#include "CommitteeKeyCreation.h"
#include "ServerConnection.h"
#include "ServerDatabase.h"
#include "ServerSchemaMigrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
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

// The template's name says which schema it holds, so that a server kept between runs never hands
// out a template of older migrations.
QString templateName()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ServerSchemaMigrations::Step &step : ServerSchemaMigrations::steps()) {
        for (const QString &statement : step.statements)
            hash.addData(statement.toUtf8());
    }
    return u"dotpha_test_template_"_s + QString::fromLatin1(hash.result().toHex().left(16));
}

// Every committee's database makes its own signing key; a copy of the template would share the
// template's, and two test databases would sign as one committee.
bool giveItsOwnKey(const QString &name, QString *why)
{
    ServerAddress address = TestServer::address();
    address.database = name;
    const auto connection = ServerConnection::open(address);
    if (!connection) {
        *why = connection.error().message();
        return false;
    }
    QSqlQuery query((*connection)->connection());
    if (!query.exec(u"DELETE FROM committee_key"_s)) {
        *why = u"a key of its own: "_s + query.lastError().text();
        return false;
    }
    if (const Status made = CommitteeKeyCreation::onServer(**connection); !made) {
        *why = u"a key of its own: "_s + made.error().message();
        return false;
    }
    return true;
}

// Creates name as a copy of the prepared template, preparing the template first when the server
// lacks it. Test processes run at once: a session-level advisory lock on the server's maintenance
// database makes them take turns, since a template cannot be copied while anyone is connected to it.
bool createPrepared(const QString &name, QString *why)
{
    const auto connection = ServerConnection::open(TestServer::address());
    if (!connection) {
        *why = connection.error().message();
        return false;
    }
    QSqlQuery query((*connection)->connection());
    const QString source = templateName();
    const auto fail = [&](const QString &what) {
        *why = what + u": "_s + query.lastError().text();
        query.exec(u"SELECT pg_advisory_unlock(4464)"_s);
        return false;
    };
    if (!query.exec(u"SELECT pg_advisory_lock(4464)"_s))
        return fail(u"lock"_s);
    if (!query.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(source)))
        return fail(u"looking for the template"_s);
    if (!query.next()) {
        // Built under another name and renamed once whole: a process killed halfway leaves only
        // the unfinished copy, which the next one drops.
        const QString building = source + u"_building"_s;
        if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(building))
            || !query.exec(u"CREATE DATABASE %1"_s.arg(building)))
            return fail(u"creating the template"_s);
        ServerAddress address = TestServer::address();
        address.database = building;
        const Result<int> prepared = ServerDatabase::prepare(address);
        if (!prepared)
            return fail(u"preparing the template: "_s + prepared.error().message());
        if (!query.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(building, source)))
            return fail(u"naming the template"_s);
    }
    if (!query.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, source)))
        return fail(u"copying the template"_s);
    query.exec(u"SELECT pg_advisory_unlock(4464)"_s);
    return giveItsOwnKey(name, why);
}

} // namespace

TemporaryServerDatabase::TemporaryServerDatabase(Contents contents)
    : m_name(u"dotpha_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(databaseCount.fetchAndAddRelaxed(1)))
{
    const bool created = contents == Contents::Prepared
                             ? createPrepared(m_name, &m_why)
                             : execute(TestServer::address(), u"CREATE DATABASE %1"_s.arg(m_name), &m_why);
    if (!created && m_why.isEmpty())
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

bool TemporaryServerDatabase::stopServing() const
{
    QString why;
    const bool done = execute(TestServer::address(), u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(m_name), &why)
                      && execute(TestServer::address(),
                                 u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(m_name),
                                 &why);
    EXPECT_TRUE(done) << "stopping serving " << m_name.toStdString() << ": " << why.toStdString();
    return done;
}

bool TemporaryServerDatabase::serveAgain() const
{
    QString why;
    const bool done = execute(TestServer::address(), u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(m_name), &why);
    EXPECT_TRUE(done) << "serving " << m_name.toStdString() << " again: " << why.toStdString();
    return done;
}

bool TemporaryServerDatabase::run(const QString &sql) const
{
    QString why;
    const bool done = execute(address(), sql, &why);
    EXPECT_TRUE(done) << sql.toStdString() << ": " << why.toStdString();
    return done;
}

} // namespace dotpha::test
