#include "RecordCheck.h"

#include "AttachmentReader.h"
#include "AuditRepository.h"
#include "RecordMeaning.h"

#include <QLocale>
#include <QMap>

namespace dotpha {

Result<QStringList> RecordCheck::problems(Repositories &repositories)
{
    Result<QStringList> found = repositories.audit.verify();
    if (!found)
        return found;
    const Result<QStringList> files = AttachmentReader(repositories).problems();
    if (!files)
        return files.error();
    found->append(*files);
    const Result<QStringList> meaning = RecordMeaning::problems(repositories);
    if (!meaning)
        return meaning.error();
    found->append(*meaning);
    return found;
}

Result<QStringList> RecordCheck::warnings(Repositories &repositories)
{
    const Result<QList<AuditEntry>> outside = repositories.audit.madeOutsideDotpha(OutsideChangesRead);
    if (!outside)
        return outside.error();
    struct Group
    {
        int count = 0;
        QDateTime first;
        QDateTime last;
    };
    QMap<std::pair<QString, QString>, Group> groups;   // by login and program
    for (const AuditEntry &entry : *outside) {
        Group &group = groups[{entry.actor, entry.program()}];
        ++group.count;
        if (!group.first.isValid() || entry.recordedAt < group.first)
            group.first = entry.recordedAt;
        if (!group.last.isValid() || entry.recordedAt > group.last)
            group.last = entry.recordedAt;
    }
    QStringList warnings;
    const QLocale locale;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        warnings << tr("%n change(s) made outside Dotpha by %1 with %2, from %3 to %4: look at them in the change log.",
                       nullptr, it->count)
                        .arg(it.key().first.isEmpty() ? tr("an unnamed login") : it.key().first, it.key().second,
                             locale.toString(it->first.toLocalTime(), QLocale::ShortFormat),
                             locale.toString(it->last.toLocalTime(), QLocale::ShortFormat));
    }
    return warnings;
}

} // namespace dotpha
