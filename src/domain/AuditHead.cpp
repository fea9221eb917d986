#include "AuditHead.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

QString AuditHead::code() const
{
    return u"%1:%2"_s.arg(lastId).arg(QString::fromLatin1(hash.toHex().left(CodeHexDigits)));
}

std::optional<AuditHead::Expected> AuditHead::parse(const QString &code)
{
    static const QRegularExpression pattern(u"^(\\d+):([0-9a-f]{8,64})$"_s);
    QString compact = code.toLower();
    compact.remove(u' ');
    const QRegularExpressionMatch match = pattern.match(compact);
    if (!match.hasMatch())
        return std::nullopt;
    return Expected{match.captured(1).toLongLong(), match.captured(2)};
}

} // namespace dotpha
