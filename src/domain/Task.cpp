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

} // namespace dotpha
