#pragma once

#include "ChangeSet.h"
#include "Repositories.h"
#include "Result.h"

#include <QObject>

namespace dotpha {

class ChangeWatcher;

// The one notice of change every view follows. After each transaction of this connection commits,
// and whenever the watcher says another connection committed, the feed reads the audit trail past
// the last record it saw and publishes what those records name as one ChangeSet. A view therefore
// learns of a change only once it is committed, whoever made it (a service, an import, an undo,
// a colleague, psql), and never of one rolled back.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // More records than this since the last look are not named one by one: views read all again.
    static constexpr int MostRecordsNamed = 2000;

    explicit ChangeFeed(Repositories &repositories, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Follows the database from its newest record on; watcher, when given, says when another
    // connection wrote.
    Status start(ChangeWatcher *watcher);
    // Publishes what was committed since the last look, if anything.
    void catchUp();
    // Tells every view to read again what changes names, though the trail holds nothing new: a
    // refusal found a view showing what is no longer stored (a change made where the trail could
    // not see it), or what was shown could not be read while the server was away.
    void readAgain(const dotpha::ChangeSet &changes);
    // Every view reads all it shows again, and the feed goes on from the trail's newest record:
    // the server came back, and what was committed while it was away went unannounced.
    void readEverythingAgain();

Q_SIGNALS:
    void changed(const dotpha::ChangeSet &changes);

private:
    Result<ChangeSet> changesSinceLastLook();

    Repositories &m_repositories;
    qint64 m_lastSeen = 0;
    bool m_publishing = false;   // a view's slot that commits is caught up after it
    bool m_lookAgain = false;
};

} // namespace dotpha
