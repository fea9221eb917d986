#pragma once

#include "AuditHead.h"
#include "DecisionRecords.h"
#include "PackageWriter.h"
#include "RegistrationRecords.h"
#include "Repositories.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>

#include <functional>

namespace dotpha {

// Sends a committee's year as a signed package (docs/exchange.md): up to its superior, every
// registration of the year awaiting the superior's decision or approved, with what was logged of
// it and its evidence files; down to a subordinate, the decisions taken here on its registrations. The parts are written beside the target first; then one short
// transaction numbers the package, signs its manifest and logs it (exchange_sent, in the trail),
// and the file takes its name only once that has committed: a package that exists was logged, and
// a number is never given twice.
class ExchangeSender
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeSender)

public:
    struct Request
    {
        int year = 0;
        QString receiver;   // the superior committee, as its name is written
        QString path;       // the package to write
    };
    struct Sent
    {
        qint64 sequence = 0;
        int tasks = 0;
        int files = 0;
        QString fingerprint;   // the key that signed it
    };

    explicit ExchangeSender(Repositories &repositories) : m_repositories(repositories) {}

    Result<Sent> sendRegistrations(const User &actor, const Request &request);
    // The decisions taken here on the registrations a subordinate committee (the request's
    // receiver) sent, down to it: Sent::tasks counts the decisions.
    Result<Sent> sendDecisions(const User &actor, const Request &request);

private:
    Result<Sent> send(const User &actor, const Request &request, PackageManifest::Kind kind, const QByteArray &records,
                      const std::function<Status(PackageWriter &)> &writeParts);
    Result<DecisionRecords> gatherDecisions(const Request &request);
    Status checkRequest(const User &actor, const Request &request);
    Result<RegistrationRecords> gather(int year);
    Status gatherDetails(RegistrationRecords::TaskRecord &record);
    Status writeFiles(PackageWriter &writer, RegistrationRecords &records);
    PackageManifest manifestOf(const Request &request, qint64 sequence, const std::optional<AuditHead> &head) const;

    Repositories &m_repositories;
    QString m_committee;
};

} // namespace dotpha
