#include "CommitteeKeyCreation.h"

#include "AuditSchema.h"
#include "Database.h"
#include "ServerConnection.h"
#include "SigningKey.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

template <typename Connection>
Status insertNewKey(Connection &connection, const QString &now)
{
    const Result<SigningKey> key = SigningKey::generate();
    if (!key)
        return key.error();
    QSqlQuery query(connection.connection());
    if (!query.prepare(u"INSERT INTO committee_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, %1) "
                       "ON CONFLICT (id) DO NOTHING"_s.arg(now)))
        return connection.errorOf(query.lastError());
    query.addBindValue(key->publicKey());
    query.addBindValue(key->privateKey());
    if (!query.exec())
        return connection.errorOf(query.lastError());
    return {};
}

} // namespace

Status CommitteeKeyCreation::inFile(Database &database)
{
    return insertNewKey(database, AuditSchema::now());
}

Status CommitteeKeyCreation::onServer(ServerConnection &connection)
{
    return insertNewKey(connection, u"now()"_s);
}

} // namespace dotpha
