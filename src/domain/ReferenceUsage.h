#pragma once

#include <QList>

namespace dotpha {

// What refers to a unit, person or field: a record in use cannot be deleted, and a field used by
// a closed year's tasks cannot be renamed either (reports print the field by its current name).
struct ReferenceUsage
{
    int tasks = 0;        // tasks that name it, the recycle bin included
    int people = 0;       // people of a unit
    int units = 0;        // units whose parent or successor it is
    QList<int> taskYears; // the years of those tasks, ascending

    bool inUse() const { return tasks > 0 || people > 0 || units > 0; }
};

} // namespace dotpha
