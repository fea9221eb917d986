#include "SqlCommitteeKeyRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

SqlCommitteeKeyRepository::SqlCommitteeKeyRepository(SqlConnection &database)
    : m_table(database, u"committee_key"_s, tr("committee's signing key"))
{
}

Result<QByteArray> SqlCommitteeKeyRepository::publicKey()
{
    Result<QList<QByteArray>> found = m_table.select<QByteArray>(
        u"SELECT public_key FROM committee_key WHERE id = 1"_s, {},
        [](const QSqlQuery &query) { return query.value(0).toByteArray(); });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noKey();
    return found->constFirst();
}

// Only the columns the pair needs are named: on the server a login without the right to the
// private key may still read the public one.
Result<SigningKey> SqlCommitteeKeyRepository::signingKey()
{
    struct Stored
    {
        QByteArray privateKey;
        QByteArray publicKey;
    };
    Result<QList<Stored>> found = m_table.select<Stored>(
        u"SELECT private_key, public_key FROM committee_key WHERE id = 1"_s, {}, [](const QSqlQuery &query) {
            return Stored{query.value(0).toByteArray(), query.value(1).toByteArray()};
        });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noKey();
    Result<SigningKey> key = SigningKey::fromPrivateKey(found->constFirst().privateKey);
    if (!key || key->publicKey() != found->constFirst().publicKey)
        return Error(Error::Kind::Refused,
                     tr("The committee's signing key in this database is not a pair: its private key does not give "
                        "its public key. Nothing can be signed with it."));
    return key;
}

Error SqlCommitteeKeyRepository::noKey() const
{
    return Error(Error::Kind::NotFound, tr("This database has no signing key of its committee yet. Open it once with "
                                           "this version of Dotpha as its owner or administrator to make one."));
}

} // namespace dotpha
