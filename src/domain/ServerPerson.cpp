#include "ServerPerson.h"

#include "EnumCodes.h"

namespace dotpha {

QString ServerPerson::groupOf(UserRole role)
{
    return QStringLiteral("dotpha_") + toCode(role);
}

} // namespace dotpha
