#include "SqlExchangePartnerRepository.h"

#include "SqlValue.h"
#include "TextFolding.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString PartnerColumns = u"id, committee, public_key, unit_id, accepted_by, version"_s;

ExchangePartner readPartner(const QSqlQuery &query)
{
    ExchangePartner partner;
    partner.id = query.value(0).toLongLong();
    partner.committee = query.value(1).toString();
    partner.publicKey = QByteArray::fromBase64(query.value(2).toString().toLatin1());
    partner.unitId = SqlValue::optionalId(query.value(3));
    partner.acceptedBy = SqlValue::optionalId(query.value(4));
    partner.version = query.value(5).toInt();
    return partner;
}

QString entityCode(ExchangePartnerRepository::Entity entity)
{
    switch (entity) {
    case ExchangePartnerRepository::Entity::Person: return u"person"_s;
    case ExchangePartnerRepository::Entity::Task: return u"task"_s;
    case ExchangePartnerRepository::Entity::Decision: return u"decision"_s;
    }
    return {};
}

} // namespace

SqlExchangePartnerRepository::SqlExchangePartnerRepository(SqlConnection &database)
    : m_partners(database, u"exchange_partner"_s, tr("registered sender"))
    , m_received(database, u"exchange_received"_s, tr("package received"))
    , m_links(database, u"exchange_link"_s, tr("record received"))
{
}

Result<std::optional<ExchangePartner>> SqlExchangePartnerRepository::byKey(const QByteArray &publicKey)
{
    Result<QList<ExchangePartner>> found = m_partners.select<ExchangePartner>(
        u"SELECT %1 FROM exchange_partner WHERE public_key = ?"_s.arg(PartnerColumns),
        {QString::fromLatin1(publicKey.toBase64())}, readPartner);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<ExchangePartner>() : std::optional(found->constFirst());
}

Result<QList<ExchangePartner>> SqlExchangePartnerRepository::byCommittee(const QString &committee)
{
    return m_partners.select<ExchangePartner>(
        u"SELECT %1 FROM exchange_partner WHERE committee_folded = ? ORDER BY id"_s.arg(PartnerColumns),
        {TextFolding::fold(committee)}, readPartner);
}

Result<qint64> SqlExchangePartnerRepository::add(const ExchangePartner &partner)
{
    return m_partners.insert(u"INSERT INTO exchange_partner (committee, committee_folded, public_key, unit_id, "
                             "accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, "_s
                                 + m_partners.database().now() + u")"_s,
                             {partner.committee.trimmed(), TextFolding::fold(partner.committee),
                              QString::fromLatin1(partner.publicKey.toBase64()), SqlValue::of(partner.unitId),
                              SqlValue::of(partner.acceptedBy)});
}

Result<QList<ExchangePartnerRepository::Received>> SqlExchangePartnerRepository::received(qint64 partnerId,
                                                                                          SentPackage::Kind kind)
{
    return m_received.select<Received>(
        u"SELECT sequence, manifest_sha256 FROM exchange_received WHERE partner_id = ? AND kind = ? ORDER BY sequence"_s,
        {partnerId, toCode(kind)},
        [](const QSqlQuery &query) { return Received{query.value(0).toLongLong(), query.value(1).toString()}; });
}

Result<qint64> SqlExchangePartnerRepository::recordReceived(qint64 partnerId, SentPackage::Kind kind, int year,
                                                            const Received &package, std::optional<qint64> receivedBy)
{
    return m_received.insert(u"INSERT INTO exchange_received (partner_id, kind, year, sequence, manifest_sha256, "
                             "received_by, received_at) VALUES (?, ?, ?, ?, ?, ?, "_s
                                 + m_received.database().now() + u")"_s,
                             {partnerId, toCode(kind), year, package.sequence, package.manifestSha256,
                              SqlValue::of(receivedBy)});
}

Result<QHash<qint64, ExchangePartnerRepository::Link>> SqlExchangePartnerRepository::links(qint64 partnerId,
                                                                                          Entity entity)
{
    QHash<qint64, Link> links;
    const Status read = m_links.run(
        u"SELECT remote_id, local_id, remote_version FROM exchange_link WHERE partner_id = ? AND entity = ?"_s,
        {partnerId, entityCode(entity)}, [&](const QSqlQuery &query) {
            links.insert(query.value(0).toLongLong(), Link{query.value(1).toLongLong(), query.value(2).toInt()});
        });
    if (!read)
        return read.error();
    return links;
}

Result<bool> SqlExchangePartnerRepository::isLinkedHere(Entity entity, qint64 localId)
{
    const Result<QList<int>> found = m_links.integers(
        u"SELECT count(*) FROM exchange_link WHERE entity = ? AND local_id = ?"_s, {entityCode(entity), localId});
    if (!found)
        return found.error();
    return !found->isEmpty() && found->constFirst() > 0;
}

Status SqlExchangePartnerRepository::link(qint64 partnerId, Entity entity, qint64 remoteId, const Link &link)
{
    const Result<int> moved = m_links.execute(
        u"UPDATE exchange_link SET local_id = ?, remote_version = ?, version = version + 1 "
        "WHERE partner_id = ? AND entity = ? AND remote_id = ?"_s,
        {link.localId, link.remoteVersion, partnerId, entityCode(entity), remoteId});
    if (!moved)
        return moved.error();
    if (*moved > 0)
        return {};
    const Result<qint64> added = m_links.insert(
        u"INSERT INTO exchange_link (partner_id, entity, remote_id, local_id, remote_version) VALUES (?, ?, ?, ?, ?)"_s,
        {partnerId, entityCode(entity), remoteId, link.localId, link.remoteVersion});
    return added ? Status() : Status(added.error());
}

} // namespace dotpha
