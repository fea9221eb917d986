#pragma once

#include "Person.h"
#include "ReferenceUsage.h"
#include "Result.h"

#include <QList>

namespace dotpha {

// Versioning as in UnitRepository.
class PersonRepository
{
public:
    virtual ~PersonRepository() = default;
    virtual Result<qint64> add(const Person &person) = 0;
    // Stores many at once (an import, generated data), all or none; returns their ids in order.
    virtual Result<QList<qint64>> addMany(const QList<Person> &people) = 0;
    virtual Result<int> update(const Person &person) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    // Stores person again under its own id, after its removal was undone.
    virtual Result<int> restore(const Person &person) = 0;
    virtual Result<ReferenceUsage> usage(qint64 id) = 0;
    virtual Result<Person> find(qint64 id) = 0;
    virtual Result<QList<Person>> all() = 0;
    virtual Result<QList<Person>> ofUnit(qint64 unitId) = 0;
    virtual Result<QList<Person>> search(const QString &text) = 0;
};

} // namespace dotpha
