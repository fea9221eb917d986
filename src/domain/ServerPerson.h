#pragma once

#include "UserRole.h"

#include <QList>
#include <QString>

namespace dotpha {

// Who the office server signed in: a person's login and the Dotpha groups it is a member of
// (dotpha_clerk, dotpha_reviewer, dotpha_administrator), whose rights the database enforces. The
// database's owner and the server's superusers act for anyone: for them the login is empty.
struct ServerPerson
{
    QString login;
    QList<UserRole> groups;

    bool isOwner() const { return login.isEmpty(); }
    // The server's group of a Dotpha role.
    static QString groupOf(UserRole role);
};

} // namespace dotpha
