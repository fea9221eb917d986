#pragma once

#include "SqlTable.h"
#include "UnitRepository.h"

#include <QCoreApplication>

namespace dotpha {

class SqlUnitRepository final : public UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlUnitRepository)

public:
    explicit SqlUnitRepository(SqlConnection &database);

    Result<qint64> add(const Unit &unit) override;
    Result<QList<qint64>> addMany(const QList<Unit> &units) override;
    Result<int> update(const Unit &unit) override;
    Status remove(qint64 id, int version) override;
    Result<int> restore(const Unit &unit) override;
    Result<ReferenceUsage> usage(qint64 id) override;
    Result<Unit> find(qint64 id) override;
    Result<QList<Unit>> all() override;
    Result<QList<Unit>> search(const QString &text) override;

private:
    Result<QList<Unit>> selectSorted(const QString &where, const QVariantList &values);

    SqlTable m_table;
};

} // namespace dotpha
