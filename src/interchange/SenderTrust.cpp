#include "SenderTrust.h"

#include "CommitteeSettingsRepository.h"
#include "ExchangePartnerRepository.h"
#include "SigningKey.h"
#include "TextFolding.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

SentPackage::Kind SenderTrust::kindOf(const PackageManifest &manifest)
{
    return manifest.kind == PackageManifest::Kind::Registrations ? SentPackage::Kind::Registrations
                                                                 : SentPackage::Kind::Decisions;
}

Result<ExchangePartner> SenderTrust::check(const PackageReader &package, const Options &options, ExchangeReport &report)
{
    const PackageManifest &manifest = package.manifest();
    report.sender = manifest.senderCommittee;
    report.fingerprint = package.senderFingerprint();
    report.year = manifest.year;
    report.sequence = manifest.sequence;
    if (const Status addressed = checkAddressedToUs(manifest); !addressed)
        return addressed.error();
    Result<ExchangePartner> partner = senderOf(package, options, report);
    if (!partner)
        return partner.error();
    if (const Status ordered = checkSequence(package, *partner, options, report); !ordered)
        return ordered.error();
    return partner;
}

Result<ExchangePartner> SenderTrust::recheck(const PackageReader &package, const Options &options,
                                            const ExchangePartner &known, ExchangeReport &report)
{
    Result<ExchangePartner> partner = check(package, options, report);
    if (partner && (report.alreadyReceived || (known.id == 0 && partner->id > 0)))
        return Error(Error::Kind::Conflict, tr("This package, or another from %1, was received meanwhile, on another "
                                               "PC. Receive it again to see what it still brings.")
                                                .arg(package.manifest().senderCommittee));
    return partner;
}

Status SenderTrust::checkAddressedToUs(const PackageManifest &manifest)
{
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();
    const QString us = settings->has_value() ? (*settings)->committeeName.trimmed() : QString();
    if (us.isEmpty())
        return Error::validation(tr("This database does not say which committee it is: set the committee's name in "
                                    "the committee settings before receiving a package."));
    if (TextFolding::fold(us) != TextFolding::fold(manifest.receiverCommittee))
        return Error(Error::Kind::Refused,
                     tr("The package is addressed to %1, and this database is %2's. Nothing was written.")
                         .arg(manifest.receiverCommittee, us));
    return {};
}

// A package under a committee's name with a new key is what a forger would send; a registered
// key under another committee's name, what a committee would send to pass for another.
Result<ExchangePartner> SenderTrust::senderOf(const PackageReader &package, const Options &options,
                                              ExchangeReport &report)
{
    ExchangePartnerRepository &partners = m_repositories.exchangePartners;
    const PackageManifest &manifest = package.manifest();
    const Result<std::optional<ExchangePartner>> known = partners.byKey(manifest.senderPublicKey);
    if (!known)
        return known.error();
    if (*known) {
        if (TextFolding::fold((*known)->committee) != TextFolding::fold(manifest.senderCommittee))
            return Error(Error::Kind::Refused,
                         tr("The package says it is from %1, but it is signed with the key registered for %2. "
                            "Nothing was written.")
                             .arg(manifest.senderCommittee, (*known)->committee));
        return **known;
    }
    const Result<QList<ExchangePartner>> sameName = partners.byCommittee(manifest.senderCommittee);
    if (!sameName)
        return sameName.error();
    if (!sameName->isEmpty())
        return Error(Error::Kind::Refused,
                     tr("The package says it is from %1, but it is signed with the key %2, not with the key registered "
                        "for %1 (%3). Nothing was written. Call %1 to find out whether its key changed.")
                         .arg(manifest.senderCommittee, package.senderFingerprint(),
                              SigningKey::fingerprint(sameName->constFirst().publicKey)));
    if (SigningKey::normalisedFingerprint(options.acceptKey) != package.senderFingerprint())
        return Error(Error::Kind::Refused,
                     tr("The package is signed with a key not registered here: %1, which says it is %2's. Compare this "
                        "fingerprint with the one %2 reads from its own Dotpha (by phone, or on paper); if they are "
                        "the same, an administrator accepts the key by giving its fingerprint. Nothing was written.")
                         .arg(package.senderFingerprint(), manifest.senderCommittee));
    report.keyAccepted = true;
    ExchangePartner partner;
    partner.committee = manifest.senderCommittee;
    partner.publicKey = manifest.senderPublicKey;
    return partner;
}

Status SenderTrust::checkSequence(const PackageReader &package, const ExchangePartner &partner, const Options &options,
                                  ExchangeReport &report)
{
    qint64 last = 0;
    if (partner.id > 0) {
        const Result<QList<ExchangePartnerRepository::Received>> received =
            m_repositories.exchangePartners.received(partner.id, kindOf(package.manifest()));
        if (!received)
            return received.error();
        for (const auto &each : *received) {
            if (each.manifestSha256 == package.manifestSha256()) {
                report.alreadyReceived = true;
                return {};
            }
            last = std::max(last, each.sequence);
        }
    }
    const qint64 sequence = package.manifest().sequence;
    if (sequence <= last)
        return Error(Error::Kind::Refused, tr("This is package %1 from %2, older than package %3 received already. "
                                              "Nothing was written.")
                                               .arg(QString::number(sequence), partner.committee, QString::number(last)));
    if (sequence == last + 1)
        return {};
    report.missingFrom = last + 1;
    if (options.confirmGap)
        return {};
    return Error(Error::Kind::Refused,
                 tr("This is package %1 from %2, but packages %3 to %4 never arrived here. Ask for them, or confirm the "
                    "gap to take this one. Nothing was written.")
                     .arg(QString::number(sequence), partner.committee, QString::number(last + 1),
                          QString::number(sequence - 1)));
}

} // namespace dotpha
