#pragma once

#include "Field.h"
#include "Person.h"
#include "ReferenceUsage.h"
#include "Repositories.h"
#include "Result.h"
#include "Unit.h"
#include "User.h"

#include <QCoreApplication>

namespace dotpha {

// The units, people and fields tasks refer to. Only a role that may keep them (clerks and
// administrators) changes them; a record still in use is never deleted, so no task loses its
// owner or field; a field used by a closed year's tasks keeps its name, since that year's
// documents print it. Undoing a removal stores the record again under its own id. Every rule is
// checked in the transaction that writes. The overloads give the undo commands one shape for the
// three kinds of record.
class ReferenceDataService
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataService)

public:
    explicit ReferenceDataService(Repositories &repositories) : m_repositories(repositories) {}

    // Who acts from now on (as TaskService::setActor).
    void setActor(const User &actor) { m_actor = actor; }

    Result<qint64> add(const Unit &unit);
    // Many at once (an import's new units and people): one check, one statement, all or none.
    Result<QList<qint64>> addMany(const QList<Unit> &units);
    Result<QList<qint64>> addMany(const QList<Person> &people);
    Result<int> update(const Unit &unit);
    Status remove(const Unit &unit);
    Result<int> restore(const Unit &unit);

    Result<qint64> add(const Person &person);
    Result<int> update(const Person &person);
    Status remove(const Person &person);
    Result<int> restore(const Person &person);

    Result<qint64> add(const Field &field);
    Result<int> update(const Field &field);
    Status remove(const Field &field);
    Result<int> restore(const Field &field);

private:
    Status checkAllowed();
    Status checkUnused(const QString &name, const Result<ReferenceUsage> &usage);
    Status checkFieldOpen(const Field &field, const Result<ReferenceUsage> &usage);
    template <typename Value, typename Work>
    Result<Value> run(Work &&work);

    static User systemActor();

    Repositories &m_repositories;
    User m_actor = systemActor();
};

} // namespace dotpha
