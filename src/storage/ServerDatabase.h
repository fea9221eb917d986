#pragma once

#include "Result.h"
#include "ServerAddress.h"
#include "ServerConnection.h"
#include "ServerPerson.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace dotpha {

// One Dotpha database on the office server: its connection and the checks made before it is
// used, as Database is for a file. A database not yet prepared for Dotpha, one holding someone
// else's tables, and one whose schema is older or newer than this Dotpha's are refused with a
// message naming the server and saying what to do; nothing is changed in them. Its write
// transactions take the trail's advisory lock as they begin, so that writers append to the audit
// trail one after the other: each transaction's audit rows are contiguous, its seal follows the
// one before it, and the chain cannot fork.
class ServerDatabase final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)

public:
    static Result<std::unique_ptr<ServerDatabase>> open(const ServerAddress &address, const QString &password = {});
    // Prepares an empty database for Dotpha, or brings a Dotpha database's schema up to date; the
    // version reached. A database holding other tables is refused and left alone. Needs a login
    // that may create tables in it (the database's owner).
    static Result<int> prepare(const ServerAddress &address, const QString &password = {});

    // Whether the database holds no table or view of anyone's in its schema public yet.
    static Result<bool> isEmpty(ServerConnection &connection);

    static constexpr qint64 TrailLock = 0x446F745000000002;   // "DotP", 2

    ServerConnection &server() { return *m_connection; }
    const ServerAddress &address() const { return m_connection->address(); }

    // Who acts on this connection, and why, from now on: set in every write transaction as it
    // begins (and at once in one under way), as the transaction's own settings dotpha.actor,
    // dotpha.actor_id and dotpha.note, which the server's audit trigger records.
    Status setActor(std::optional<qint64> actorId, const QString &actor);
    Status setNote(const QString &note);
    int schemaVersion() const { return m_schemaVersion; }
    // Who the server signed in (a person, or the owner acting for anyone: dotpha_owner_acts).
    const ServerPerson &person() const { return m_person; }

    QSqlDatabase connection() const override { return m_connection->connection(); }
    bool isReadOnly() const override { return false; }
    // A server database does not move away as a file may; a lost connection fails the statement.
    Status ensureStillInPlace() const override { return {}; }
    bool isAudited() const override { return true; }   // by the server's own triggers
    Status reconnectIfLost() override;
    Status reconnectAfterLoss() override;
    int connectionGeneration() const override { return m_connection->generation(); }
    // lock_timeout for the session, which bounds the wait for the trail's lock as well.
    Status setLockWait(int milliseconds) override;
    Status beginWrite() override;
    Result<qint64> lastAuditId() override;
    Status sealAudit(qint64 after) override;
    bool deletesThroughFunction() const override { return true; }
    // The owner's (and a superuser's) alone, by server format 12's grants.
    bool readsPasswordHashes() const override { return m_readsPasswordHashes; }
    // A lost connection is told as a save that was not saved only inside a write transaction.
    Error errorOf(const QSqlError &error) const override
    {
        return m_connection->errorOf(error, transactionState().depth > 0);
    }
    QString bytesOfText(const QString &expression) const override;
    QString daysBetween(const QString &from, const QString &to) const override;
    QString newYearOf(const QString &year) const override;
    QString now() const override { return QStringLiteral("now()"); }
    QString secondsSinceEpoch() const override { return QStringLiteral("CAST(extract(epoch FROM now()) AS bigint)"); }
    bool insertReturnsId() const override { return true; }

private:
    Status beginWriteOnce();
    enum class Contents { Empty, Dotpha, Foreign };

    ServerDatabase(std::unique_ptr<ServerConnection> connection, int schemaVersion, ServerPerson person);
    static Result<ServerPerson> personOf(ServerConnection &connection);
    static Result<std::pair<std::unique_ptr<ServerConnection>, Contents>> connectToOurs(const ServerAddress &address,
                                                                                       const QString &password);
    static Result<Contents> contentsOf(ServerConnection &connection);
    static Error foreign(const ServerAddress &address);

    Status applyActor();

    std::unique_ptr<ServerConnection> m_connection;
    std::optional<QSqlQuery> m_actorStatement;   // after the connection: gone before it closes
    int m_schemaVersion;
    ServerPerson m_person;
    int m_lockWaitMs = 5000;   // as a file's busy timeout
    bool m_readsPasswordHashes = false;
    std::optional<qint64> m_actorId;
    QString m_actor;
    QString m_note;
};

} // namespace dotpha
