#pragma once

#include "Error.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace dotpha {

// What the repositories, SqlTable and TransactionGuard need of a database, whichever holds it:
// a file (Database) or the office server (ServerDatabase). The storage statements are the same for
// both; what differs sits behind this interface: how a write transaction begins, how the audit
// trail is sealed, what a driver's error means, whether what was opened is still there.
class SqlConnection
{
public:
    // The TransactionGuards active on this connection. An inner guard that ends without commit
    // dooms the transaction: the outermost one then rolls it back.
    struct TransactionState
    {
        int depth = 0;
        bool doomed = false;
        qint64 auditStart = 0;   // the newest audit row when the outermost guard began
        std::function<void()> committed;   // run after every outermost commit (ChangeFeed)
        // Reads whose rows are being handed on: something they call may read in turn (an event
        // loop showing progress), and the connection must not be opened again under them.
        int readsUnderWay = 0;
    };

    virtual ~SqlConnection() = default;

    virtual QSqlDatabase connection() const = 0;
    virtual bool isReadOnly() const = 0;
    // Refused when what was opened has gone (a file deleted, moved or replaced since): a write
    // would go where nobody looks again. Every write transaction checks it as it begins and commits.
    virtual Status ensureStillInPlace() const = 0;
    // Opens the connection again when it was lost (a server that restarted), outside a
    // transaction, whose work went with it; a file's never is.
    virtual Status reconnectIfLost() { return {}; }
    // Opens the connection again after a statement failed as a lost connection, outside a
    // transaction. libpq does not always mark such a connection bad ("no connection to the
    // server" from a prepared statement kept), so the failure, not its status, is what tells.
    virtual Status reconnectAfterLoss() { return {}; }
    // Changes each time the connection is opened again: statements prepared before are gone.
    virtual int connectionGeneration() const { return 0; }
    // Refused, with the figures, when the disk that holds the database has less than bytes free;
    // a server's disk is its administrator's, and is not asked.
    virtual Status ensureRoomFor(qint64 bytes) const
    {
        Q_UNUSED(bytes);
        return {};
    }
    // Whether rows are deleted through the owner's function dotpha_delete (the server, where a login
    // holding DELETE could lock a whole table against everyone) rather than by DELETE.
    virtual bool deletesThroughFunction() const { return false; }
    // Whether this login may read the accounts' password hashes; on the server they are the
    // owner's, who alone sets them (the server signs people in by its own logins).
    virtual bool readsPasswordHashes() const { return true; }
    // Whether writes on this connection are recorded in the audit trail.
    virtual bool isAudited() const = 0;

    // How long a write waits for a colleague's to finish before it fails as Locked, from the next
    // transaction on; 0 waits as little as the database can.
    virtual Status setLockWait(int milliseconds) = 0;
    // Begins the outermost write transaction, taking what it needs to write at once (a file's
    // write lock) rather than failing halfway.
    virtual Status beginWrite() = 0;
    // The newest audit row, before a transaction writes its own.
    virtual Result<qint64> lastAuditId() = 0;
    // Seals the audit rows written after the row after, in the transaction that wrote them.
    virtual Status sealAudit(qint64 after) = 0;
    // What the driver reported, as the user is told it.
    virtual Error errorOf(const QSqlError &error) const = 0;
    // SQL for the UTF-8 bytes of an expression's text (NULL stays NULL), which the trail's hashes
    // cover: the same value gives the same bytes on every PC.
    virtual QString bytesOfText(const QString &expression) const = 0;
    // SQL for the number of days from one date expression to another (a bound ? included).
    virtual QString daysBetween(const QString &from, const QString &to) const = 0;
    // SQL for 1 January of the year an integer expression names.
    virtual QString newYearOf(const QString &year) const = 0;
    // SQL for the current time as the database keeps timestamps.
    virtual QString now() const = 0;
    // SQL for the current time in whole seconds since 1970, by the database's clock.
    virtual QString secondsSinceEpoch() const = 0;
    // Whether an insert tells the new row's id by RETURNING id, rather than by the driver's last
    // insert id (which a server answers with the last value of any sequence: the trail's, once a
    // trigger has written to it); rows are then also inserted one by one rather than staged.
    virtual bool insertReturnsId() const = 0;

    TransactionState &transactionState() { return m_transactionState; }
    const TransactionState &transactionState() const { return m_transactionState; }

private:
    TransactionState m_transactionState;
};

} // namespace dotpha
