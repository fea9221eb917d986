#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dotpha {

// What receiving a package does, or would do (a dry run): shown before anything is written, and
// again once it is. Each list names tasks as "“title” (the sender's #id)".
struct ExchangeReport
{
    bool ofDecisions = false;   // a superior's decisions came down, rather than registrations up
    QString sender;
    QString fingerprint;
    int year = 0;
    qint64 sequence = 0;
    bool alreadyReceived = false;   // the same package was taken before: nothing to do
    bool keyAccepted = false;       // the sender's key is registered by this receipt
    std::optional<qint64> missingFrom;   // packages from this number up to sequence - 1 never arrived
    QStringList added;       // new registrations; of a decisions package, the decisions taken
    QStringList changed;     // registrations the sender changed, undecided here: taken
    QStringList withdrawn;   // registrations the sender no longer sends, undecided here: removed
    QStringList conflicts;   // changed or withdrawn by the sender but decided here: left as decided
    int unchanged = 0;
    int workItems = 0;
    // What the package holds that a registration awaiting a decision here does not take yet.
    int notTaken = 0;
    bool written = false;
};

} // namespace dotpha
