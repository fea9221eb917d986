#pragma once

#include "Result.h"
#include "User.h"

#include <QList>

#include <optional>

namespace dotpha {

// Versioning as in UnitRepository. Logins are unique, ignoring case.
class UserRepository
{
public:
    virtual ~UserRepository() = default;
    virtual Result<qint64> add(const User &user) = 0;
    virtual Result<int> update(const User &user) = 0;
    virtual Result<std::optional<User>> findByLogin(const QString &login) = 0;
    virtual Result<User> find(qint64 id) = 0;
    virtual Result<QList<User>> all() = 0;
};

} // namespace dotpha
