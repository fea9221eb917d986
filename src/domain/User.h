#pragma once

#include "PasswordHash.h"
#include "UserRole.h"

#include <QString>

namespace dotpha {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    UserRole role = UserRole::Clerk;
    PasswordHash password;
    bool active = true;
    int version = 0;
};

} // namespace dotpha
