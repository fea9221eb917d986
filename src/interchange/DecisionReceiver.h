#pragma once

#include "DecisionRecords.h"
#include "ExchangePartner.h"
#include "ExchangeReport.h"
#include "PackageReader.h"
#include "Result.h"
#include "SenderTrust.h"
#include "User.h"

#include <QCoreApplication>

#include <memory>

namespace dotpha {

class Services;

// Takes a superior committee's decisions on this committee's registrations (a decisions package,
// docs/exchange.md), trusted as every package is (SenderTrust) and only from a committee this one
// has sent its registrations to, on tasks it could have sent (its own, of the package's year). Each decision is taken once
// (exchange_link), oldest first, in one transaction, through ReviewService as the superior's
// reviewer decided it: the task takes the decided state, lock, wording or rating, and the decision
// its number, date, reviewer and reason. A decision the task's state here does not allow (it was
// changed or decided here meanwhile) is listed, not forced.
class DecisionReceiver
{
    Q_DECLARE_TR_FUNCTIONS(DecisionReceiver)

public:
    explicit DecisionReceiver(Services &services) : m_services(services) {}

    // package is open (PackageReader::open) and of decisions.
    Result<ExchangeReport> receive(const User &actor, PackageReader &package, const SenderTrust::Options &options,
                                   bool dryRun);

private:
    struct Plan
    {
        ExchangePartner partner;
        DecisionRecords records;
        QList<const DecisionRecords::Record *> toTake;
        // Known and settled without a change here: agreeing with a decision made here, or made on
        // a wording since replaced. Linked, so that they do not come back.
        QList<const DecisionRecords::Record *> toLinkOnly;
    };

    Status checkSuperior(const PackageManifest &manifest, const ExchangePartner &partner);
    Status plan(Plan &plan, ExchangeReport &report);
    // Why decision cannot be taken on task as it stands here; empty when it can.
    Result<QString> whyNot(const DecisionRecords::Record &decision, const Task &task);
    Status write(const User &actor, PackageReader &package, const SenderTrust::Options &options, Plan &plan,
                 ExchangeReport &report);
    Status take(const User &actor, Plan &plan);

    Services &m_services;
};

} // namespace dotpha
