#pragma once

#include "Person.h"
#include "QtPrinters.h"
#include "Repositories.h"
#include "Task.h"
#include "Unit.h"
#include "User.h"

#include <ostream>

namespace dotpha {
class Error;
void PrintTo(const Error &error, std::ostream *out);
}

namespace dotpha::test {

// Builders for records the tests store, with every required field filled in. Each add* stores the
// record through the repositories and returns it with its id and version; a failure fails the test.
class TestData
{
public:
    explicit TestData(Repositories &repositories) : m_repositories(repositories) {}

    Unit addUnit(const QString &name, UnitKind kind = UnitKind::Commune);
    Person addPerson(const QString &name, const Unit &unit, const QString &position = QStringLiteral("Bí thư"));
    Task addCollectiveTask(const Unit &unit, const QString &title, int year = 2021);
    Task addIndividualTask(const Unit &unit, const Person &person, const QString &title, int year = 2021);
    Task addTask(Task task);

    static Task collectiveTask(const Unit &unit, const QString &title, int year = 2021);

private:
    Repositories &m_repositories;
};

// Text of an Error for test failure messages.
std::string describe(const Error &error);

// Someone acting in a role without an account (as the system account does): the services take
// the role as given.
inline User userWithRole(UserRole role, const QString &name)
{
    User user;
    user.displayName = name;
    user.login = name;
    user.role = role;
    return user;
}

} // namespace dotpha::test

