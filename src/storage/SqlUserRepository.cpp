#include "SqlUserRepository.h"

#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// On the server the hash is the owner's alone: read as nothing (PasswordHash then says so).
QString columnsFor(const SqlConnection &database)
{
    return u"id, login, display_name, role, password_salt, %1, password_iterations, active, version"_s.arg(
        database.readsPasswordHashes() ? u"password_hash"_s : u"NULL"_s);
}

User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = fromCode<UserRole>(query.value(3).toString()).value_or(UserRole::Clerk);
    user.password = PasswordHash(query.value(4).toByteArray(), query.value(5).toByteArray(), query.value(6).toInt());
    user.active = query.value(7).toBool();
    user.version = query.value(8).toInt();
    return user;
}

QVariantList writableValues(const User &user)
{
    return {user.login.trimmed(), user.displayName.trimmed(), toCode(user.role), user.password.salt(),
            user.password.hash(), user.password.iterations(), user.password.fingerprint(), user.active ? 1 : 0};
}

} // namespace

SqlUserRepository::SqlUserRepository(SqlConnection &database)
    : m_table(database, u"app_user"_s, tr("user"))
{
}

Result<qint64> SqlUserRepository::add(const User &user)
{
    if (const Status valid = Validator::check(user); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO app_user (login, display_name, role, password_salt, password_hash, "
                          "password_iterations, password_fingerprint, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          writableValues(user));
}

Result<int> SqlUserRepository::update(const User &user)
{
    if (const Status valid = Validator::check(user); !valid)
        return valid.error();
    // Where the hash cannot be read, the account's password is not this login's to write either.
    if (!m_table.database().readsPasswordHashes())
        return m_table.update(u"UPDATE app_user SET login = ?, display_name = ?, role = ?, active = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"_s,
                              {user.login.trimmed(), user.displayName.trimmed(), toCode(user.role), user.active ? 1 : 0},
                              user.id, user.version);
    return m_table.update(u"UPDATE app_user SET login = ?, display_name = ?, role = ?, password_salt = ?, "
                          "password_hash = ?, password_iterations = ?, password_fingerprint = ?, active = ?, version = version + 1 "
                          "WHERE id = ? AND version = ?"_s,
                          writableValues(user), user.id, user.version);
}

Result<std::optional<User>> SqlUserRepository::findByLogin(const QString &login)
{
    Result<QList<User>> found = m_table.select<User>(u"SELECT "_s + columnsFor(m_table.database()) + u" FROM app_user WHERE lower(login) = lower(?)"_s,
                                                     {login.trimmed()}, readUser);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<User>() : std::optional<User>(found->constFirst());
}

Result<User> SqlUserRepository::find(qint64 id)
{
    return m_table.selectOne<User>(u"SELECT "_s + columnsFor(m_table.database()) + u" FROM app_user WHERE id = ?"_s, {id}, readUser);
}

Result<QList<User>> SqlUserRepository::all()
{
    return m_table.select<User>(u"SELECT "_s + columnsFor(m_table.database()) + u" FROM app_user ORDER BY login"_s, {}, readUser);
}

} // namespace dotpha
