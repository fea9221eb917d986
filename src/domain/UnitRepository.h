#pragma once

#include "ReferenceUsage.h"
#include "Result.h"
#include "Unit.h"

#include <QList>

namespace dotpha {

// Every update and remove takes the version the caller read; when someone saved in between the
// call fails with Error::Kind::Conflict and nothing is written. add() and update() return the new
// id and the new version.
class UnitRepository
{
public:
    virtual ~UnitRepository() = default;
    virtual Result<qint64> add(const Unit &unit) = 0;
    // Stores many at once (an import, generated data), all or none; returns their ids in order.
    virtual Result<QList<qint64>> addMany(const QList<Unit> &units) = 0;
    virtual Result<int> update(const Unit &unit) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    // Stores unit again under its own id, after its removal was undone.
    virtual Result<int> restore(const Unit &unit) = 0;
    virtual Result<ReferenceUsage> usage(qint64 id) = 0;
    virtual Result<Unit> find(qint64 id) = 0;
    // Sorted by name in Vietnamese order.
    virtual Result<QList<Unit>> all() = 0;
    // Units whose name contains text, ignoring accents and case.
    virtual Result<QList<Unit>> search(const QString &text) = 0;
};

} // namespace dotpha
