#include "ServerMessageMeaning.h"

using namespace Qt::StringLiterals;

namespace dotpha {

QString ServerMessageMeaning::of(const QString &text)
{
    struct Known
    {
        QLatin1StringView words;   // as libpq or PostgreSQL write them
        const char *meaning;
    };
    // The first that matches: the more precise before the more general ("role \"x\" does not exist"
    // before "does not exist", "permission denied for database" before "database \"").
    static const Known known[] = {
        {"password authentication failed"_L1, QT_TR_NOOP("The server refused the password for this login.")},
        {"no password supplied"_L1, QT_TR_NOOP("The server asks for a password and none was given.")},
        {"no pg_hba.conf entry"_L1,
         QT_TR_NOOP("The server does not accept this login from this PC (its pg_hba.conf has no line for it).")},
        {"not currently accepting connections"_L1,
         QT_TR_NOOP("The database is shut to connections for the moment (maintenance).")},
        {"the database system is starting up"_L1, QT_TR_NOOP("The server is starting.")},
        {"the database system is shutting down"_L1, QT_TR_NOOP("The server is shutting down.")},
        {"the database system is in recovery mode"_L1, QT_TR_NOOP("The server is recovering after a stop.")},
        {"too many clients"_L1, QT_TR_NOOP("Every connection the server allows is in use.")},
        {"remaining connection slots are reserved"_L1, QT_TR_NOOP("Every connection the server allows is in use.")},
        {"permission denied"_L1, QT_TR_NOOP("This login may not read or change this on the server.")},
        {"must be owner"_L1, QT_TR_NOOP("Only the owner of the database may do this.")},
        {"role \""_L1, QT_TR_NOOP("The server has no login of this name.")},
        {"database \""_L1, QT_TR_NOOP("The server has no database of this name.")},
        {"does not exist"_L1, QT_TR_NOOP("What was asked for does not exist on the server.")},
        {"Connection refused"_L1,
         QT_TR_NOOP("Nothing answers at this address and port: the server is not running there, or a firewall stops it.")},
        {"could not translate host name"_L1, QT_TR_NOOP("The server's name is not known on this network.")},
        {"Name or service not known"_L1, QT_TR_NOOP("The server's name is not known on this network.")},
        {"No route to host"_L1, QT_TR_NOOP("This PC has no way to the server over the network.")},
        {"Network is unreachable"_L1, QT_TR_NOOP("This PC has no way to the server over the network.")},
        {"timeout expired"_L1, QT_TR_NOOP("The server did not answer in time.")},
        {"timed out"_L1, QT_TR_NOOP("The server did not answer in time.")},
        {"server closed the connection unexpectedly"_L1,
         QT_TR_NOOP("The server closed the connection: it stopped, restarted or ended the session.")},
        {"terminating connection"_L1,
         QT_TR_NOOP("The server closed the connection: it stopped, restarted or ended the session.")},
        {"no connection to the server"_L1, QT_TR_NOOP("The connection to the server was lost.")},
        {"SSL"_L1, QT_TR_NOOP("The encrypted connection (SSL) to the server could not be set up.")},
        {"No space left on device"_L1, QT_TR_NOOP("The server's disk is full.")},
        {"could not write"_L1, QT_TR_NOOP("The server could not write to its disk.")},
    };
    for (const Known &entry : known) {
        if (text.contains(entry.words, Qt::CaseInsensitive))
            return tr(entry.meaning);
    }
    return {};
}

QString ServerMessageMeaning::explained(const QString &text)
{
    const QString meaning = of(text);
    return meaning.isEmpty() ? text : meaning + u"\n\n"_s + text;
}

} // namespace dotpha
