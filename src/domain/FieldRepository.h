#pragma once

#include "Field.h"
#include "ReferenceUsage.h"
#include "Result.h"

#include <QList>

namespace dotpha {

// Versioning as in UnitRepository. Field names are unique, ignoring accents and case.
class FieldRepository
{
public:
    virtual ~FieldRepository() = default;
    virtual Result<qint64> add(const Field &field) = 0;
    virtual Result<int> update(const Field &field) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    // Stores field again under its own id, after its removal was undone.
    virtual Result<int> restore(const Field &field) = 0;
    virtual Result<ReferenceUsage> usage(qint64 id) = 0;
    virtual Result<QList<Field>> all() = 0;
    virtual Result<Field> find(qint64 id) = 0;
    virtual Result<std::optional<Field>> findByName(const QString &name) = 0;
};

} // namespace dotpha
