#pragma once

#include "ExchangePartnerRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlExchangePartnerRepository final : public ExchangePartnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlExchangePartnerRepository)

public:
    explicit SqlExchangePartnerRepository(SqlConnection &database);

    Result<std::optional<ExchangePartner>> byKey(const QByteArray &publicKey) override;
    Result<QList<ExchangePartner>> byCommittee(const QString &committee) override;
    Result<qint64> add(const ExchangePartner &partner) override;
    Result<QList<Received>> received(qint64 partnerId, SentPackage::Kind kind) override;
    Result<qint64> recordReceived(qint64 partnerId, SentPackage::Kind kind, int year, const Received &package,
                                  std::optional<qint64> receivedBy) override;
    Result<QHash<qint64, Link>> links(qint64 partnerId, Entity entity) override;
    Result<bool> isLinkedHere(Entity entity, qint64 localId) override;
    Status link(qint64 partnerId, Entity entity, qint64 remoteId, const Link &link) override;

private:
    SqlTable m_partners;
    SqlTable m_received;
    SqlTable m_links;
};

} // namespace dotpha
