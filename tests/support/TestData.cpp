#include "TestData.h"

#include "PersonRepository.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

namespace dotpha {

void PrintTo(const Error &error, std::ostream *out)
{
    *out << error.message().toStdString();
}

} // namespace dotpha

namespace dotpha::test {

std::string describe(const Error &error)
{
    return error.message().toStdString() + " [" + error.detail().toStdString() + "]";
}

Unit TestData::addUnit(const QString &name, UnitKind kind)
{
    Unit unit;
    unit.name = name;
    unit.kind = kind;
    const Result<qint64> id = m_repositories.units.add(unit);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : describe(id.error()));
    unit.id = id ? *id : 0;
    unit.version = 1;
    return unit;
}

Person TestData::addPerson(const QString &name, const Unit &unit, const QString &position)
{
    Person person{0, name, position, unit.id, 0};
    const Result<qint64> id = m_repositories.people.add(person);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : describe(id.error()));
    person.id = id ? *id : 0;
    person.version = 1;
    return person;
}

Task TestData::collectiveTask(const Unit &unit, const QString &title, int year)
{
    Task task;
    task.year = year;
    task.kind = TaskKind::Collective;
    task.takeOwnerSnapshot(unit, nullptr);
    task.title = title;
    task.deadline = QDate(year, 12, 31);
    return task;
}

Task TestData::addCollectiveTask(const Unit &unit, const QString &title, int year)
{
    return addTask(collectiveTask(unit, title, year));
}

Task TestData::addIndividualTask(const Unit &unit, const Person &person, const QString &title, int year)
{
    Task task = collectiveTask(unit, title, year);
    task.kind = TaskKind::Individual;
    task.takeOwnerSnapshot(unit, &person);
    return addTask(task);
}

Task TestData::addTask(Task task)
{
    const Result<qint64> id = m_repositories.tasks.add(task);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : describe(id.error()));
    task.id = id ? *id : 0;
    task.version = 1;
    return task;
}

} // namespace dotpha::test
