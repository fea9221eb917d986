#include "TestServer.h"

#include "ServerConnection.h"

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

} // namespace dotpha::test
