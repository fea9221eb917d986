#pragma once

#include "TaskKind.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dotpha {

// Which tasks to list. Filtering and paging happen in the database, so a view over 100,000 tasks
// only ever holds the page it shows.
struct TaskQuery
{
    // What a list can be sorted by; Title and Owner sort in Vietnamese order.
    enum class SortKey { Registration, Title, Owner, Kind, Nature, Status, Progress, Deadline, Rating };

    std::optional<int> year;
    std::optional<TaskKind> kind;
    std::optional<qint64> unitId;
    std::optional<TaskStatus> status;
    std::optional<UnitKind> unitKind;   // of the owner, as registered
    std::optional<qint64> fieldId;
    // Approved, unfinished tasks that on this day are past their deadline or whose progress lags
    // the share of their time already used by more than BehindScheduleMargin points.
    std::optional<QDate> behindScheduleOn;
    // Approved, unfinished tasks of years not closed that fall due between from and to, both
    // included (from open when not given): their deadline does, or the due date of a work item of
    // theirs not yet done.
    struct DueWindow
    {
        std::optional<QDate> from;
        QDate to;
    };
    std::optional<DueWindow> due;
    QString searchText;   // matched, ignoring accents and case, in title and owner names
    int limit = -1;       // -1: no limit
    // The rows after this task in the query's order (keyset paging): a page continues from the
    // last row of the one before, so that it costs the same however far down the list it is.
    std::optional<qint64> afterTaskId;
    SortKey sortKey = SortKey::Registration;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    static constexpr int BehindScheduleMargin = 10;
};

} // namespace dotpha
