#include "CliDueList.h"


using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString ownerOf(const Task &task)
{
    return task.kind == TaskKind::Collective ? task.unitNameAtRegistration : task.personNameAtRegistration;
}

} // namespace

void CliDueList::print(QTextStream &out, const QList<DueList::Entry> &entries, const QDate &today, int days)
{
    const QString dateFormat = u"dd/MM/yyyy"_s;
    out << tr("%n task(s) fall due between %1 and %2.", nullptr, int(entries.size()))
               .arg(today.toString(dateFormat), today.addDays(days).toString(dateFormat))
        << Qt::endl;
    for (const DueList::Entry &entry : entries) {
        const Task &task = entry.task;
        const QString deadline = task.deadline.isValid() ? task.deadline.toString(dateFormat) : tr("no deadline");
        out << Qt::endl
            << u"%1  #%2  %3 (%4)"_s.arg(entry.firstDue.toString(dateFormat)).arg(task.id).arg(task.title,
                                                                                               ownerOf(task))
            << Qt::endl
            << u"    "_s << tr("deadline %1, progress %2%").arg(deadline).arg(task.progressPercent) << Qt::endl;
        for (const WorkItem &item : entry.workItems)
            out << u"    "_s << tr("work item due %1: %2").arg(item.dueOn.toString(dateFormat), item.title) << Qt::endl;
    }
}

} // namespace dotpha
