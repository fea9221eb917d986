#include "Task.h"

#include "Person.h"
#include "Unit.h"

namespace dotpha {

void Task::takeOwnerSnapshot(const Unit &unit, const Person *person)
{
    unitId = unit.id;
    unitNameAtRegistration = unit.name;
    unitKindAtRegistration = unit.kind;
    if (person) {
        personId = person->id;
        personNameAtRegistration = person->fullName;
        positionAtRegistration = person->position;
    } else {
        personId.reset();
        personNameAtRegistration.clear();
        positionAtRegistration.clear();
    }
}

void Task::takeWordingOf(const Task &other)
{
    title = other.title;
    content = other.content;
    objective = other.objective;
    expectedResult = other.expectedResult;
    solutions = other.solutions;
    deadline = other.deadline;
    endYear = other.endYear;
    nature = other.nature;
}

bool Task::hasWordingOf(const Task &other) const
{
    return title == other.title && content == other.content && objective == other.objective
           && expectedResult == other.expectedResult && solutions == other.solutions && deadline == other.deadline
           && endYear == other.endYear && nature == other.nature;
}

} // namespace dotpha
