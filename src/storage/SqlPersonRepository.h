#pragma once

#include "PersonRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlPersonRepository final : public PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlPersonRepository)

public:
    explicit SqlPersonRepository(SqlConnection &database);

    Result<qint64> add(const Person &person) override;
    Result<QList<qint64>> addMany(const QList<Person> &people) override;
    Result<int> update(const Person &person) override;
    Status remove(qint64 id, int version) override;
    Result<int> restore(const Person &person) override;
    Result<ReferenceUsage> usage(qint64 id) override;
    Result<Person> find(qint64 id) override;
    Result<QList<Person>> all() override;
    Result<QList<Person>> ofUnit(qint64 unitId) override;
    Result<QList<Person>> search(const QString &text) override;

private:
    Result<QList<Person>> selectSorted(const QString &where, const QVariantList &values);

    SqlTable m_table;
};

} // namespace dotpha
