#pragma once

#include "Rating.h"
#include "TaskKind.h"
#include "TaskNature.h"
#include "TaskOrigin.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dotpha {

struct Person;
struct Unit;

// A breakthrough task of one year (or of several, up to endYear). The owner's name, kind and
// position are copied at registration: a 2021 report prints them as they were in 2021, whatever
// happened to the unit or the person since.
struct Task
{
    qint64 id = 0;
    int year = 0;
    std::optional<int> endYear;
    TaskKind kind = TaskKind::Collective;
    qint64 unitId = 0;
    std::optional<qint64> personId;   // set exactly when kind is Individual

    QString unitNameAtRegistration;
    UnitKind unitKindAtRegistration = UnitKind::Agency;
    QString personNameAtRegistration;
    QString positionAtRegistration;

    QString title;
    QString content;
    QString objective;
    QString expectedResult;
    QString solutions;
    QDate deadline;   // null when none was set

    TaskNature nature = TaskNature::Breakthrough;
    std::optional<qint64> fieldId;
    TaskOrigin origin = TaskOrigin::Registered;
    TaskStatus status = TaskStatus::Draft;
    int progressPercent = 0;
    std::optional<Rating> rating;
    std::optional<int> score;   // the year-end score, 0-100, beside the rating (ScoreThresholds)
    QString assessment;

    // The task of an earlier year this one continues (carried over when that year closed).
    std::optional<qint64> continuesTaskId;
    bool isSample = false;
    int version = 0;

    // Copies the owner's current name, kind and position into the registration snapshot.
    void takeOwnerSnapshot(const Unit &unit, const Person *person);

    // The wording a registration is decided on: title, content, objective, expected result,
    // solutions, deadline, last year and nature. What a decision or a sender's revision changes.
    void takeWordingOf(const Task &other);
    bool hasWordingOf(const Task &other) const;

    int lastYear() const { return endYear.value_or(year); }
    bool isMultiYear() const { return endYear.has_value() && *endYear > year; }
};

} // namespace dotpha
