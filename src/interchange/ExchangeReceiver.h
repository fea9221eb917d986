#pragma once

#include "ExchangePartner.h"
#include "ExchangePartnerRepository.h"
#include "ExchangeReport.h"
#include "PackageReader.h"
#include "RegistrationRecords.h"
#include "SenderTrust.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace dotpha {

class Services;

// Receives a subordinate committee's registrations package (docs/exchange.md). The manifest is
// proved (PackageReader), the sender trusted (SenderTrust), and only then are the parts unpacked
// and proved. The merge report says what the package brings before anything is written; then,
// in one transaction that checks the trust and plans the merge again, through the services and
// under a note in the trail naming the package: the sender's unit and leaders, its new
// registrations as submitted ones, the changes to those still undecided here. A decision made
// here is never overwritten.
class ExchangeReceiver
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReceiver)

public:
    struct Options
    {
        bool dryRun = false;
        SenderTrust::Options trust;
    };

    explicit ExchangeReceiver(Services &services);
    ~ExchangeReceiver();

    Result<ExchangeReport> receive(const User &actor, const QString &path, const Options &options);

private:
    struct Plan;

    Result<RegistrationRecords> readRecords(PackageReader &package);
    Status planMerge(Plan &plan, ExchangeReport &report);
    Status planTask(Plan &plan, const RegistrationRecords::TaskRecord &record, ExchangeReport &report);
    Status planWithdrawals(Plan &plan, const QSet<qint64> &sent, ExchangeReport &report);
    Status write(const User &actor, Plan &plan, const Options &options, ExchangeReport &report);
    Status apply(const User &actor, Plan &plan);
    Result<qint64> ensureUnit(const User &actor, Plan &plan);
    Status takePeople(Plan &plan, qint64 unitId);
    Status addTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record);
    Status changeTask(const User &actor, Plan &plan, const RegistrationRecords::TaskRecord &record, const Task &stored);

    Services &m_services;
};

} // namespace dotpha
