#include "DecisionNews.h"

#include "AuditRepository.h"
#include "EnumNames.h"
#include "TaskRepository.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

Result<DecisionNews::News> DecisionNews::since(Repositories &repositories, qint64 afterId, const QString &self)
{
    // Away long, a clerk is told of the newest: the records past the last MostRead are skipped.
    const Result<qint64> newest = repositories.audit.lastId();
    if (!newest)
        return newest.error();
    const Result<QList<AuditEntry>> records = repositories.audit.after(std::max(afterId, *newest - MostRead), MostRead);
    if (!records)
        return records.error();
    News news;
    news.newestSeen = records->isEmpty() ? afterId : records->constLast().id;
    for (const AuditEntry &record : *records) {
        if (record.entity != u"decision"_s || record.action != AuditAction::Insert || !record.taskId
            || record.actor == self)
            continue;
        const std::optional<DecisionKind> kind = fromCode<DecisionKind>(record.newValue.value_or(QString()));
        const Result<Task> task = repositories.tasks.find(*record.taskId);
        if (!kind || !task)
            continue;
        news.items.append({task->id, task->title, *kind, record.actor, record.recordedAt});
    }
    return news;
}

QString DecisionNews::sentence(const QList<Item> &items, int shown)
{
    QStringList named;
    for (qsizetype index = items.size() - 1; index >= 0 && named.size() < shown; --index) {
        const Item &item = items.at(index);
        named << tr("%1 “%2” (%3, %4)")
                     .arg(EnumNames::name(item.kind), item.taskTitle, item.by,
                          QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat));
    }
    QString text = tr("Decided since you last looked: %1").arg(named.join(u"; "_s));
    if (items.size() > shown)
        text += u"; "_s + tr("and %n more", nullptr, int(items.size() - shown));
    return text + u'.';
}

} // namespace dotpha
