#include "PrintedSeal.h"

#include "AuditRepository.h"

#include <QDir>

namespace dotpha {

QString PrintedSeal::notASeal(const QString &text)
{
    return tr("\"%1\" is not a seal as Dotpha prints it; a seal reads like 1234:9f3a2c1b7d4e8a60.").arg(text.trimmed());
}

Status PrintedSeal::heldBy(AuditRepository &audit, const QString &sealText, const QString &backupName)
{
    const std::optional<AuditHead::Expected> expected = AuditHead::parse(sealText);
    if (!expected)
        return Error(Error::Kind::Refused, notASeal(sealText));
    const Result<QStringList> problems = audit.verifyHead(*expected);
    if (!problems)
        return problems.error();
    if (problems->isEmpty())
        return {};
    return Error(Error::Kind::Refused, tr("The backup %1 does not hold the seal %2 that was printed: %3 Nothing was "
                                          "replaced.")
                                           .arg(QDir::toNativeSeparators(backupName), sealText.trimmed(),
                                                problems->join(u' ')));
}

} // namespace dotpha
