#include "ServerErrors.h"

#include "ServerAddress.h"
#include "ServerMessageMeaning.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The server's or libpq's own words, which are English, after their meaning in the user's language.
QString detailOf(const QSqlError &error)
{
    return ServerMessageMeaning::explained(QString(error.nativeErrorCode() + u' ' + error.text()).trimmed());
}

} // namespace

Error ServerErrors::from(const QSqlError &error, bool connectionLost, bool writing)
{
    const QString state = error.nativeErrorCode();
    const QString detail = detailOf(error);
    // Class 08 (connection exception), 57P01-57P03 (the server shut down or restarted).
    if (connectionLost || state.startsWith(u"08"_s) || state.startsWith(u"57P0"_s))
        return {Error::Kind::Connection,
                writing ? tr("The connection to the office server was lost: what was being saved was not saved. Check "
                             "the network, then try again.")
                        : tr("The connection to the office server was lost before it answered. Check the network, "
                             "then try again."),
                detail};
    if (state == u"23505"_s)
        return {Error::Kind::Validation, tr("A record with the same name already exists. Nothing was saved."), detail};
    if (state == u"23503"_s)
        return {Error::Kind::Validation,
                tr("The record is still used by others (tasks, people or units), or refers to one that does not "
                   "exist. Nothing was saved."), detail};
    if (state.startsWith(u"23"_s))
        return {Error::Kind::Validation, tr("The change breaks a rule of the database. Nothing was saved."), detail};
    if (state == u"40001"_s || state == u"40P01"_s)
        return {Error::Kind::Locked,
                tr("A colleague's save met yours on the server, so yours was stopped: nothing was saved. Try again."),
                detail};
    if (state == u"55P03"_s)
        return {Error::Kind::Locked,
                tr("A colleague was saving on the office server and did not finish in time: nothing was saved. Wait "
                   "a moment and try again."), detail};
    // A statement after one that failed in the same transaction: the first failure was not seen.
    if (state == u"25P02"_s)
        return {Error::Kind::Storage,
                tr("A step of this change failed on the office server, so the server stopped the rest: nothing was "
                   "saved. Try again."),
                detail};
    if (state == u"42501"_s)
        return {Error::Kind::Refused,
                tr("Your account on the office server may not make this change. Nothing was saved."), detail};
    if (state == u"53100"_s)
        return {Error::Kind::DiskFull,
                tr("The office server's disk is full: nothing was saved. Tell whoever looks after the server."), detail};
    if (state == u"25006"_s)
        return {Error::Kind::ReadOnly, tr("The office server is read-only at the moment: changes cannot be saved."),
                detail};
    return {Error::Kind::Storage, tr("The office server reported an error: %1").arg(error.databaseText()), detail};
}

Error ServerErrors::connectionRefused(const ServerAddress &address, const QSqlError &error, bool reachable)
{
    const QString detail = detailOf(error);
    if (!reachable)
        return unreachable(address, detail);
    // The server answered, so what it refused is the login or the database. Its messages are
    // in its own language (English by default); they are looked at, and shown, as a detail only.
    const QString text = error.databaseText() + u' ' + error.driverText();
    // 53300: every connection slot is taken, or the login is at its own limit.
    if (text.contains(u"too many connections"_s) || text.contains(u"too many clients"_s)
        || text.contains(u"connection slots are reserved"_s))
        return {Error::Kind::Connection,
                tr("The office server %1 has too many connections open at the moment. Wait a little and try again; "
                   "if it goes on, tell whoever looks after the server.").arg(address.displayName()), detail};
    // 55000 (a database shut to connections for maintenance), 57P03 (starting up, shutting down,
    // recovering): a server that will be back, not a wrong login.
    if (text.contains(u"not currently accepting connections"_s) || text.contains(u"is starting up"_s)
        || text.contains(u"is shutting down"_s) || text.contains(u"in recovery mode"_s))
        return {Error::Kind::Connection,
                tr("The office server %1 is not letting anyone in at the moment (it is starting, stopping or shut "
                   "for maintenance). Wait a little and try again.").arg(address.displayName()), detail};
    if (text.contains(u"database \""_s) && text.contains(u"does not exist"_s))
        return {Error::Kind::Connection,
                tr("The office server %1 has no database named “%2”. Check the name with whoever looks after the "
                   "server.").arg(address.displayName(), address.database), detail};
    return {Error::Kind::Connection,
            tr("The office server %1 refused the login: the name or the password is wrong, or the account may not "
               "connect from this PC.").arg(address.displayName()), detail};
}

Error ServerErrors::unreachable(const ServerAddress &address, const QString &detail)
{
    return {Error::Kind::Connection,
            tr("The office server %1 does not answer. Check the address and the port, that the server is running, "
               "and that this PC can reach it over the network.").arg(address.displayName()), detail};
}

} // namespace dotpha
