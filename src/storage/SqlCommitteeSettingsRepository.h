#pragma once

#include "CommitteeSettingsRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlCommitteeSettingsRepository final : public CommitteeSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlCommitteeSettingsRepository)

public:
    explicit SqlCommitteeSettingsRepository(SqlConnection &database);

    Result<std::optional<CommitteeSettings>> load() override;
    Result<int> save(const CommitteeSettings &settings) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
