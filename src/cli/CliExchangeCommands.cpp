#include "CliExchangeCommands.h"

#include "CliExit.h"
#include "CliInvocation.h"
#include "CliSession.h"
#include "CommitteeKeyRepository.h"
#include "CommitteeSettingsRepository.h"
#include "SigningKey.h"

using namespace Qt::StringLiterals;

namespace dotpha {

bool CliExchangeCommands::isKnown(const QString &subcommand)
{
    return subcommand == u"key"_s;
}

int CliExchangeCommands::run(const CliInvocation &invocation)
{
    Q_UNUSED(invocation);
    return key();
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
