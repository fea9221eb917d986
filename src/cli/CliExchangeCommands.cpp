#include "CliExchangeCommands.h"

#include "CliExit.h"
#include "CliInvocation.h"
#include "CliOptions.h"
#include "CliSession.h"
#include "CommitteeKeyRepository.h"
#include "CommitteeSettingsRepository.h"
#include "ExchangeReceiver.h"
#include "ExchangeSender.h"
#include "SigningKey.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace dotpha {

QString CliExchangeCommands::usageProblem(const CliInvocation &invocation)
{
    const QString subcommand = invocation.arguments.value(0);
    if (invocation.arguments == QStringList{u"key"_s})
        return {};
    if (subcommand == u"import"_s)
        return invocation.arguments.size() == 2 ? QString() : tr("exchange import needs the package: import FILE.");
    if (invocation.arguments != QStringList{u"export"_s})
        return tr("exchange needs key, export or import.");
    if (!CliOptions::integer(invocation.value(u"year"_s), 1900, 2200))
        return tr("exchange export needs --year YEAR.");
    if (invocation.value(u"to"_s).trimmed().isEmpty() == invocation.value(u"for"_s).trimmed().isEmpty())
        return tr("exchange export needs --to COMMITTEE, the superior committee the registrations go to, or --for "
                  "COMMITTEE, the subordinate committee the decisions go to.");
    if (invocation.value(u"out"_s).isEmpty())
        return tr("exchange export needs --out FILE, the package to write.");
    return {};
}

int CliExchangeCommands::run(const CliInvocation &invocation)
{
    if (invocation.arguments.first() == u"key"_s)
        return key();
    if (const Status signedIn = m_session.signInToWrite(invocation); !signedIn)
        return CliExit::failWith(m_err, signedIn.error());
    if (invocation.arguments.first() == u"import"_s)
        return importPackage(invocation);
    return exportRegistrations(invocation);
}

int CliExchangeCommands::importPackage(const CliInvocation &invocation)
{
    ExchangeReceiver::Options options;
    options.dryRun = invocation.isSet(u"dry-run"_s);
    options.trust.acceptKey = invocation.value(u"accept-key"_s);
    options.trust.confirmGap = invocation.isSet(u"confirm-gap"_s);
    const Result<ExchangeReport> report =
        ExchangeReceiver(m_session.services()).receive(m_session.actor(), invocation.arguments.at(1), options);
    if (!report)
        return CliExit::failWith(m_err, report.error());
    printReport(*report);
    return CliExit::Done;
}

void CliExchangeCommands::printReport(const ExchangeReport &report)
{
    m_out << (report.ofDecisions ? tr("Package %1 from %2, decisions of %3, signed with the key %4.")
                                 : tr("Package %1 from %2, registrations of %3, signed with the key %4."))
                 .arg(QString::number(report.sequence), report.sender, QString::number(report.year), report.fingerprint)
          << Qt::endl;
    if (report.alreadyReceived) {
        m_out << tr("This package was received before: nothing changed.") << Qt::endl;
        return;
    }
    if (report.keyAccepted)
        m_out << (report.written ? tr("The key is registered for %1 with this package.")
                                 : tr("The key would be registered for %1 with this package."))
                     .arg(report.sender)
              << Qt::endl;
    if (report.missingFrom)
        m_out << (report.written ? tr("Packages %1 to %2 never arrived; this one was taken as confirmed.")
                                 : tr("Packages %1 to %2 never arrived."))
                     .arg(*report.missingFrom)
                     .arg(report.sequence - 1)
              << Qt::endl;
    const auto list = [&](const QString &heading, const QStringList &tasks) {
        m_out << heading.arg(tasks.size()) << Qt::endl;
        for (const QString &task : tasks)
            m_out << u"  "_s << task << Qt::endl;
    };
    if (report.ofDecisions) {
        list(tr("Decisions taken: %1"), report.added);
        list(tr("Not taken, listed: %1"), report.conflicts);
        m_out << tr("Taken before: %1.").arg(report.unchanged) << Qt::endl;
        m_out << (report.written ? tr("Received: written in one transaction, with the package named in the change log.")
                                 : tr("Dry run: nothing was written."))
              << Qt::endl;
        return;
    }
    list(tr("New registrations: %1"), report.added);
    list(tr("Changed by the sender, taken: %1"), report.changed);
    list(tr("Withdrawn by the sender, removed: %1"), report.withdrawn);
    list(tr("Decided here, left as decided: %1"), report.conflicts);
    m_out << tr("Unchanged: %1. Work items planned: %2.").arg(report.unchanged).arg(report.workItems) << Qt::endl;
    if (report.notTaken > 0)
        m_out << tr("Indicators, progress notes and evidence files (%1) stay in the package: this version takes a "
                    "registration's plan, not what was recorded of it since.")
                     .arg(report.notTaken)
              << Qt::endl;
    m_out << (report.written ? tr("Received: written in one transaction, with the package named in the change log.")
                             : tr("Dry run: nothing was written."))
          << Qt::endl;
}

int CliExchangeCommands::exportRegistrations(const CliInvocation &invocation)
{
    ExchangeSender::Request request;
    request.year = *CliOptions::integer(invocation.value(u"year"_s), 1900, 2200);
    const bool down = invocation.isSet(u"for"_s);
    request.receiver = invocation.value(down ? u"for"_s : u"to"_s).trimmed();
    request.path = invocation.value(u"out"_s);
    ExchangeSender sender(m_session.repositories());
    const Result<ExchangeSender::Sent> sent = down ? sender.sendDecisions(m_session.actor(), request)
                                                   : sender.sendRegistrations(m_session.actor(), request);
    if (!sent)
        return CliExit::failWith(m_err, sent.error());
    if (down) {
        m_out << tr("Wrote %1: package %2 to %3, %n decision(s) of %4 on its registrations, signed with the key %5.",
                    nullptr, sent->tasks)
                     .arg(QDir::toNativeSeparators(request.path), QString::number(sent->sequence), request.receiver,
                          QString::number(request.year), sent->fingerprint)
              << Qt::endl;
        return CliExit::Done;
    }
    m_out << tr("Wrote %1: package %2 to %3, %n registration(s) of %4 with %5 evidence file(s), signed with the key "
                "%6.",
                nullptr, sent->tasks)
                 .arg(QDir::toNativeSeparators(request.path), QString::number(sent->sequence), request.receiver,
                      QString::number(request.year), QString::number(sent->files), sent->fingerprint)
          << Qt::endl;
    return CliExit::Done;
}

int CliExchangeCommands::key()
{
    Repositories &repositories = m_session.repositories();
    const Result<QByteArray> publicKey = repositories.committeeKey.publicKey();
    if (!publicKey)
        return CliExit::failWith(m_err, publicKey.error());
    const Result<std::optional<CommitteeSettings>> settings = repositories.settings.load();
    if (!settings)
        return CliExit::failWith(m_err, settings.error());
    const QString committee = settings->has_value() && !(*settings)->committeeName.isEmpty()
                                  ? (*settings)->committeeName
                                  : m_session.databaseName();
    m_out << tr("The signing key of %1 has the fingerprint:").arg(committee) << Qt::endl
          << u"  "_s << SigningKey::fingerprint(*publicKey) << Qt::endl
          << tr("A committee that receives its packages compares it once, on the phone or on paper, when it "
                "registers the key.")
          << Qt::endl;
    return CliExit::Done;
}

} // namespace dotpha
