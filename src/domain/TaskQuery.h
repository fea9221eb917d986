#pragma once

#include "TaskKind.h"
#include "TaskStatus.h"

#include <QString>

#include <optional>

namespace dotpha {

// Which tasks to list. Filtering and paging happen in the database, so a view over 100,000 tasks
// only ever holds the page it shows.
struct TaskQuery
{
    std::optional<int> year;
    std::optional<TaskKind> kind;
    std::optional<qint64> unitId;
    std::optional<TaskStatus> status;
    QString searchText;   // matched, ignoring accents and case, in title and owner names
    int limit = -1;       // -1: no limit
    int offset = 0;
};

} // namespace dotpha
