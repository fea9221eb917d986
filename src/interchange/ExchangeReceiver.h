#pragma once

#include "ExchangePartner.h"
#include "ExchangePartnerRepository.h"
#include "ExchangeReport.h"
#include "PackageReader.h"
#include "RegistrationRecords.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>

#include <memory>

namespace dotpha {

class Services;

// Receives a subordinate committee's registrations package (docs/exchange.md). The package is
// proved whole (PackageReader), then trusted only when it is addressed to this committee, signed
// with the sender's registered key (or a new one an administrator accepts by its fingerprint),
// and next in the sender's sequence. The merge report says what it brings before anything is
// written; then, in one transaction, through the services and under a note in the trail naming
// the package: the sender's unit and leaders, its new registrations as submitted ones, the
// changes to those still undecided here; a decision made here is never overwritten.
class ExchangeReceiver
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReceiver)

public:
    struct Options
    {
        bool dryRun = false;
        QString acceptKey;         // a fingerprint the administrator compared with the sender's
        bool confirmGap = false;   // take a package though earlier ones never arrived
    };

    explicit ExchangeReceiver(Services &services);
    ~ExchangeReceiver();

    Result<ExchangeReport> receive(const User &actor, const QString &path, const Options &options);

private:
    struct Plan;

    Status checkAddressedToUs(const PackageManifest &manifest);
    Result<std::optional<ExchangePartner>> senderOf(const PackageReader &package, const Options &options,
                                                    ExchangeReport &report);
    Status checkSequence(const PackageReader &package, const ExchangePartner &partner, const Options &options,
                         ExchangeReport &report);
    Status planMerge(Plan &plan, ExchangeReport &report);
    Status write(const User &actor, Plan &plan, ExchangeReport &report);
    Result<qint64> ensureUnit(Plan &plan);
    Status takePeople(Plan &plan, qint64 unitId);
    Status addTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record);
    Status changeTask(Plan &plan, const RegistrationRecords::TaskRecord &record, qint64 localId);
    Task localTask(Plan &plan, const Task &remote) const;

    Services &m_services;
};

} // namespace dotpha
