#include "ChangeFeed.h"

#include "AuditRepository.h"
#include "ChangeWatcher.h"
#include "TransactionRunner.h"

namespace dotpha {

ChangeFeed::ChangeFeed(Repositories &repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{
}

ChangeFeed::~ChangeFeed()
{
    m_repositories.transactions.setCommitListener({});
}

Status ChangeFeed::start(ChangeWatcher *watcher)
{
    const Result<qint64> newest = m_repositories.audit.lastId();
    if (!newest)
        return newest.error();
    m_lastSeen = *newest;
    m_repositories.transactions.setCommitListener([this] { catchUp(); });
    if (watcher)
        connect(watcher, &ChangeWatcher::changedElsewhere, this, &ChangeFeed::catchUp);
    return {};
}

void ChangeFeed::catchUp()
{
    // Inside this connection's transaction (an import showing its progress) the trail holds its
    // records uncommitted: the commit listener catches up once it has committed.
    if (m_repositories.transactions.isInTransaction())
        return;
    if (m_publishing) {
        m_lookAgain = true;
        return;
    }
    do {
        m_lookAgain = false;
        // A trail that cannot be read now (the server is away) is read when it next says so: the
        // records wait where they are.
        const Result<ChangeSet> changes = changesSinceLastLook();
        if (!changes || changes->isEmpty())
            return;
        m_lastSeen = changes->lastRecordId;
        m_publishing = true;
        Q_EMIT changed(*changes);
        m_publishing = false;
    } while (m_lookAgain);
}

void ChangeFeed::readAgain(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    m_publishing = true;
    Q_EMIT changed(changes);
    m_publishing = false;
    if (m_lookAgain)
        catchUp();
}

void ChangeFeed::readEverythingAgain()
{
    ChangeSet everything;
    everything.everything = true;
    if (const Result<qint64> newest = m_repositories.audit.lastId()) {
        m_lastSeen = *newest;
        everything.lastRecordId = *newest;
    }
    readAgain(everything);
}

Result<ChangeSet> ChangeFeed::changesSinceLastLook()
{
    const Result<QList<AuditEntry>> records = m_repositories.audit.after(m_lastSeen, MostRecordsNamed + 1);
    if (!records)
        return records.error();
    ChangeSet changes;
    if (records->size() <= MostRecordsNamed) {
        for (const AuditEntry &record : *records)
            changes.add(record);
        return changes;
    }
    const Result<qint64> newest = m_repositories.audit.lastId();
    if (!newest)
        return newest.error();
    changes.everything = true;
    changes.lastRecordId = *newest;
    return changes;
}

} // namespace dotpha
