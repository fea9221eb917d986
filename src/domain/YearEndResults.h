#pragma once

#include "Rating.h"
#include "Task.h"
#include "UnitKind.h"

#include <QList>
#include <QMap>

namespace dotpha {

// What the year's results are, for every document and window that shows them: the tasks the
// Standing Committee approved. A registration still in draft, pending, returned or rejected is no
// result: it is listed apart, with its status, and counted in no total, rating or progress.
class YearEndResults
{
public:
    // tasks: the year's tasks in the order they are shown; each keeps it within its part.
    explicit YearEndResults(const QList<Task> &tasks);

    const QList<Task> &approved() const { return m_approved; }
    const QList<Task> &notApproved() const { return m_notApproved; }
    int approvedOf(TaskKind kind) const;
    // Approved tasks by their year-end rating; those not rated yet under none.
    int ratedAs(Rating rating) const { return m_byRating.value(rating); }
    int unrated() const { return m_unrated; }
    // The average progress (percent) of the approved tasks of each kind of owner that has any.
    QMap<UnitKind, double> averageProgressByUnitKind() const;

private:
    QList<Task> m_approved;
    QList<Task> m_notApproved;
    QMap<Rating, int> m_byRating;
    int m_unrated = 0;
};

} // namespace dotpha
