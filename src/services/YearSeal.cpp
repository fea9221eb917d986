#include "YearSeal.h"

#include "ClosedYearRepository.h"

namespace dotpha {

Status YearSeal::ensureOpen(Repositories &repositories, int year)
{
    const Result<bool> closed = repositories.closedYears.isClosed(year);
    if (!closed)
        return closed.error();
    if (*closed)
        return Error(Error::Kind::Refused, closedMessage(year));
    return {};
}

QString YearSeal::closedMessage(int year)
{
    return tr("The year %1 is closed: its tasks can only be changed by an administrator's late amendment.").arg(year);
}

} // namespace dotpha
