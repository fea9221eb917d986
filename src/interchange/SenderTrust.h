#pragma once

#include "ExchangePartner.h"
#include "ExchangeReport.h"
#include "PackageReader.h"
#include "Repositories.h"
#include "SentPackage.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// Whether this committee takes a package whose manifest is proved (PackageReader::open): it must
// be addressed to this committee, signed with the key registered for its sender (a new key only
// when an administrator gives its fingerprint, compared with the sender's; never under the name
// of a committee registered with another key, nor a registered key under another name), and next
// in that sender's sequence (the same package again is "received already"; an older one is
// refused; one after a gap only when the gap is confirmed). Decided before any part is unpacked.
class SenderTrust
{
    Q_DECLARE_TR_FUNCTIONS(SenderTrust)

public:
    struct Options
    {
        QString acceptKey;         // a fingerprint the administrator compared with the sender's
        bool confirmGap = false;   // take a package though earlier ones never arrived
    };

    explicit SenderTrust(Repositories &repositories) : m_repositories(repositories) {}

    // The sender as registered here; a partner with id 0 when its key is accepted by this package.
    // Fills the report's sender, key and sequence facts.
    Result<ExchangePartner> check(const PackageReader &package, const Options &options, ExchangeReport &report);

    // check() again, inside the transaction that writes: a conflict when the package, or a first
    // one from a sender that was new when known was decided, was received meanwhile on another PC.
    Result<ExchangePartner> recheck(const PackageReader &package, const Options &options, const ExchangePartner &known,
                                    ExchangeReport &report);
    // How the log of packages names the package's kind.
    static SentPackage::Kind kindOf(const PackageManifest &manifest);

private:
    Status checkAddressedToUs(const PackageManifest &manifest);
    Result<ExchangePartner> senderOf(const PackageReader &package, const Options &options, ExchangeReport &report);
    Status checkSequence(const PackageReader &package, const ExchangePartner &partner, const Options &options,
                         ExchangeReport &report);

    Repositories &m_repositories;
};

} // namespace dotpha
