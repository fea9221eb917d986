#pragma once

#include "CommitteeKeyRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlCommitteeKeyRepository final : public CommitteeKeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlCommitteeKeyRepository)

public:
    explicit SqlCommitteeKeyRepository(SqlConnection &database);

    Result<QByteArray> publicKey() override;
    Result<SigningKey> signingKey() override;

private:
    Error noKey() const;

    SqlTable m_table;
};

} // namespace dotpha
