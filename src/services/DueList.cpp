#include "DueList.h"

#include "TaskRepository.h"
#include "WorkItemRepository.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

bool within(const QDate &day, const TaskQuery::DueWindow &window)
{
    return day.isValid() && (!window.from || day >= *window.from) && day <= window.to;
}

} // namespace

Result<QList<DueList::Entry>> DueList::collect(Repositories &repositories, const QDate &today, int days,
                                               std::optional<int> year)
{
    return collectWithin(repositories, TaskQuery::DueWindow{today, today.addDays(days)}, year);
}

Result<QList<DueList::Entry>> DueList::collectOverdue(Repositories &repositories, const QDate &today,
                                                      std::optional<int> year)
{
    return collectWithin(repositories, TaskQuery::DueWindow{std::nullopt, today.addDays(-1)}, year);
}

Result<QList<DueList::Entry>> DueList::collectWithin(Repositories &repositories, const TaskQuery::DueWindow &window,
                                                     std::optional<int> year)
{
    TaskQuery query;
    query.year = year;
    query.due = window;
    const Result<QList<Task>> tasks = repositories.tasks.list(query);
    if (!tasks)
        return tasks.error();
    QList<Entry> entries;
    for (const Task &task : *tasks) {
        Entry entry{task, {}, within(task.deadline, window) ? task.deadline : QDate()};
        const Result<QList<WorkItem>> items = repositories.workItems.ofTask(task.id);
        if (!items)
            return items.error();
        for (const WorkItem &item : *items) {
            if (!item.isDone() && within(item.dueOn, window)) {
                entry.workItems << item;
                if (!entry.firstDue.isValid() || item.dueOn < entry.firstDue)
                    entry.firstDue = item.dueOn;
            }
        }
        std::stable_sort(entry.workItems.begin(), entry.workItems.end(),
                         [](const WorkItem &a, const WorkItem &b) { return a.dueOn < b.dueOn; });
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.firstDue < b.firstDue; });
    return entries;
}

QJsonArray DueList::toJson(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &entry : entries) {
        QJsonArray items;
        for (const WorkItem &item : entry.workItems)
            items.append(QJsonObject{{u"id"_s, item.id}, {u"title"_s, item.title},
                                     {u"dueOn"_s, item.dueOn.toString(Qt::ISODate)}});
        const Task &task = entry.task;
        array.append(QJsonObject{
            {u"id"_s, task.id},
            {u"year"_s, task.year},
            {u"title"_s, task.title},
            {u"owner"_s, task.kind == TaskKind::Collective ? task.unitNameAtRegistration : task.personNameAtRegistration},
            {u"deadline"_s, task.deadline.isValid() ? QJsonValue(task.deadline.toString(Qt::ISODate)) : QJsonValue()},
            {u"progressPercent"_s, task.progressPercent},
            {u"firstDue"_s, entry.firstDue.toString(Qt::ISODate)},
            {u"workItems"_s, items}});
    }
    return array;
}

} // namespace dotpha
