#pragma once

#include <QCoreApplication>
#include <QString>

namespace dotpha {

// What the office server's or libpq's own words mean, in the user's language. Their messages come
// in English whatever the PC's language ("password authentication failed for user", "Connection
// refused"); a detail shown to the user gives the meaning first and keeps the original after it,
// for whoever looks after the server.
class ServerMessageMeaning
{
    Q_DECLARE_TR_FUNCTIONS(ServerMessageMeaning)

public:
    // The meaning of the first known message in text; empty when none is known.
    static QString of(const QString &text);
    // The meaning, a blank line and text; text alone when its meaning is not known.
    static QString explained(const QString &text);
};

} // namespace dotpha
