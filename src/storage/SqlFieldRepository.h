#pragma once

#include "FieldRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlFieldRepository final : public FieldRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlFieldRepository)

public:
    explicit SqlFieldRepository(SqlConnection &database);

    Result<qint64> add(const Field &field) override;
    Result<int> update(const Field &field) override;
    Status remove(qint64 id, int version) override;
    Result<int> restore(const Field &field) override;
    Result<ReferenceUsage> usage(qint64 id) override;
    Result<QList<Field>> all() override;
    Result<Field> find(qint64 id) override;
    Result<std::optional<Field>> findByName(const QString &name) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
