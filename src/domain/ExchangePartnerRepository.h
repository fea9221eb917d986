#pragma once

#include "ExchangePartner.h"
#include "Result.h"
#include "SentPackage.h"

#include <QHash>

namespace dotpha {

// The committees this one receives packages from, what it has received of each, and which of its
// own records stand for which of theirs. Every row is in the trail.
class ExchangePartnerRepository
{
public:
    // The sender's record (a leader, a task) by the sender's id, and the version it was last taken at.
    struct Link
    {
        qint64 localId = 0;
        int remoteVersion = 0;
    };
    // A decision's link is to the task it decided here: a superior's decision is taken once.
    enum class Entity { Person, Task, Decision };
    struct Received
    {
        qint64 sequence = 0;
        QString manifestSha256;
    };

    virtual ~ExchangePartnerRepository() = default;
    virtual Result<std::optional<ExchangePartner>> byKey(const QByteArray &publicKey) = 0;
    // The partners registered under this name (ignoring case and accents), whatever their key.
    virtual Result<QList<ExchangePartner>> byCommittee(const QString &committee) = 0;
    virtual Result<qint64> add(const ExchangePartner &partner) = 0;

    // What was received of kind from the partner, in order of sequence.
    virtual Result<QList<Received>> received(qint64 partnerId, SentPackage::Kind kind) = 0;
    virtual Result<qint64> recordReceived(qint64 partnerId, SentPackage::Kind kind, int year, const Received &package,
                                          std::optional<qint64> receivedBy) = 0;

    virtual Result<QHash<qint64, Link>> links(qint64 partnerId, Entity entity) = 0;
    // Whether a record here stands for one some sender sent (a subordinate's registration).
    virtual Result<bool> isLinkedHere(Entity entity, qint64 localId) = 0;
    // Adds the link, or moves it to a new version of the sender's record.
    virtual Status link(qint64 partnerId, Entity entity, qint64 remoteId, const Link &link) = 0;
};

} // namespace dotpha
