#pragma once

#include "SqlTable.h"
#include "UserRepository.h"

#include <QCoreApplication>

namespace dotpha {

class SqlUserRepository final : public UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlUserRepository)

public:
    explicit SqlUserRepository(SqlConnection &database);

    Result<qint64> add(const User &user) override;
    Result<int> update(const User &user) override;
    Result<std::optional<User>> findByLogin(const QString &login) override;
    Result<User> find(qint64 id) override;
    Result<QList<User>> all() override;

private:
    SqlTable m_table;
};

} // namespace dotpha
