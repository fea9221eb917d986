#include "ReferenceDataService.h"

#include "ActorPermission.h"
#include "ClosedYearRepository.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"

namespace dotpha {

User ReferenceDataService::systemActor()
{
    User system;
    system.role = UserRole::Administrator;
    return system;
}

Status ReferenceDataService::checkAllowed()
{
    return ActorPermission::check(m_repositories, m_actor, WorkflowPolicy::Action::ManageReferenceData);
}

// Every change runs in one transaction that first checks the role.
template <typename Value, typename Work>
Result<Value> ReferenceDataService::run(Work &&work)
{
    return inTransaction<Value>(m_repositories.transactions, [&]() -> Result<Value> {
        if (const Status allowed = checkAllowed(); !allowed)
            return allowed.error();
        return work();
    });
}

Status ReferenceDataService::checkUnused(const QString &name, const Result<ReferenceUsage> &usage)
{
    if (!usage)
        return usage.error();
    if (!usage->inUse())
        return {};
    QStringList uses;
    if (usage->tasks > 0)
        uses << tr("%n task(s)", nullptr, usage->tasks);
    if (usage->people > 0)
        uses << tr("%n person(s)", nullptr, usage->people);
    if (usage->units > 0)
        uses << tr("%n unit(s)", nullptr, usage->units);
    return Error(Error::Kind::Refused,
                 tr("“%1” cannot be deleted: %2 refer to it. Nothing was deleted.").arg(name, uses.join(u", ")));
}

Status ReferenceDataService::checkFieldOpen(const Field &field, const Result<ReferenceUsage> &usage)
{
    if (!usage)
        return usage.error();
    for (const int year : usage->taskYears) {
        const Result<bool> closed = m_repositories.closedYears.isClosed(year);
        if (!closed)
            return closed.error();
        if (*closed)
            return Error(Error::Kind::Refused,
                         tr("The field “%1” is used by tasks of %2, a closed year, whose documents print its name: "
                            "it cannot be renamed or deleted. Add a new field instead.").arg(field.name).arg(year));
    }
    return {};
}

Result<qint64> ReferenceDataService::add(const Unit &unit)
{
    return run<qint64>([&] { return m_repositories.units.add(unit); });
}

Result<QList<qint64>> ReferenceDataService::addMany(const QList<Unit> &units)
{
    return run<QList<qint64>>([&] { return m_repositories.units.addMany(units); });
}

Result<QList<qint64>> ReferenceDataService::addMany(const QList<Person> &people)
{
    return run<QList<qint64>>([&] { return m_repositories.people.addMany(people); });
}

Result<int> ReferenceDataService::update(const Unit &unit)
{
    return run<int>([&] { return m_repositories.units.update(unit); });
}

Status ReferenceDataService::remove(const Unit &unit)
{
    const Result<bool> removed = run<bool>([&]() -> Result<bool> {
        if (const Status unused = checkUnused(unit.name, m_repositories.units.usage(unit.id)); !unused)
            return unused.error();
        const Status done = m_repositories.units.remove(unit.id, unit.version);
        return done ? Result<bool>(true) : Result<bool>(done.error());
    });
    return removed ? Status() : Status(removed.error());
}

Result<int> ReferenceDataService::restore(const Unit &unit)
{
    return run<int>([&] { return m_repositories.units.restore(unit); });
}

Result<qint64> ReferenceDataService::add(const Person &person)
{
    return run<qint64>([&] { return m_repositories.people.add(person); });
}

Result<int> ReferenceDataService::update(const Person &person)
{
    return run<int>([&] { return m_repositories.people.update(person); });
}

Status ReferenceDataService::remove(const Person &person)
{
    const Result<bool> removed = run<bool>([&]() -> Result<bool> {
        if (const Status unused = checkUnused(person.fullName, m_repositories.people.usage(person.id)); !unused)
            return unused.error();
        const Status done = m_repositories.people.remove(person.id, person.version);
        return done ? Result<bool>(true) : Result<bool>(done.error());
    });
    return removed ? Status() : Status(removed.error());
}

Result<int> ReferenceDataService::restore(const Person &person)
{
    return run<int>([&] { return m_repositories.people.restore(person); });
}

Result<qint64> ReferenceDataService::add(const Field &field)
{
    return run<qint64>([&] { return m_repositories.fields.add(field); });
}

Result<int> ReferenceDataService::update(const Field &field)
{
    return run<int>([&]() -> Result<int> {
        const Result<Field> stored = m_repositories.fields.find(field.id);
        if (!stored)
            return stored.error();
        if (stored->name != field.name.trimmed()) {
            if (const Status open = checkFieldOpen(*stored, m_repositories.fields.usage(field.id)); !open)
                return open.error();
        }
        return m_repositories.fields.update(field);
    });
}

Status ReferenceDataService::remove(const Field &field)
{
    const Result<bool> removed = run<bool>([&]() -> Result<bool> {
        const Result<ReferenceUsage> usage = m_repositories.fields.usage(field.id);
        if (const Status open = checkFieldOpen(field, usage); !open)
            return open.error();
        if (const Status unused = checkUnused(field.name, usage); !unused)
            return unused.error();
        const Status done = m_repositories.fields.remove(field.id, field.version);
        return done ? Result<bool>(true) : Result<bool>(done.error());
    });
    return removed ? Status() : Status(removed.error());
}

Result<int> ReferenceDataService::restore(const Field &field)
{
    return run<int>([&] { return m_repositories.fields.restore(field); });
}

} // namespace dotpha
