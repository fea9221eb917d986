#pragma once

#include "Rating.h"
#include "TaskNature.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QMap>
#include <QString>

namespace dotpha {

// The counts behind a year's summary. A year's tasks are the tasks registered for it, rejected
// ones left out (they are counted apart in `rejected`); a multi-year task counts in the year it
// was registered for, and its carried-over continuation in the next.
struct YearFigures
{
    struct UnitGroup
    {
        QMap<UnitKind, int> unitsByKind;   // distinct units
        int tasks = 0;
        int units() const;
    };

    int year = 0;
    int total = 0;
    int collective = 0;
    int individual = 0;
    int rejected = 0;

    QMap<UnitKind, int> unitsWithTasks;            // distinct units with a collective task
    QMap<UnitKind, int> collectiveTasksByUnitKind;
    UnitGroup assigned;     // collective tasks the Standing Committee assigned
    UnitGroup registered;   // collective tasks units registered (or reviewers supplemented)
    int peopleWithTasks = 0;

    QMap<TaskStatus, int> byStatus;
    QMap<TaskNature, int> byNature;
    QMap<Rating, int> byRating;
    int unrated = 0;
    QMap<QString, int> byField;   // field name; tasks without one under an empty name
};

} // namespace dotpha
