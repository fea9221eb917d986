#pragma once

#include "DueList.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dotpha {

// How `dotpha-cli due` prints what falls due (DueList): a line per task, soonest first, with
// the work items falling due under it; or the list as JSON, for a scheduled e-mail or a script.
class CliDueList
{
    Q_DECLARE_TR_FUNCTIONS(CliDueList)

public:
    static void print(QTextStream &out, const QList<DueList::Entry> &entries, const QDate &today, int days);
};

} // namespace dotpha
