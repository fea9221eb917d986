#pragma once

#include "ProgressNote.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace dotpha {

// Versioning as in UnitRepository.
class ProgressNoteRepository
{
public:
    virtual ~ProgressNoteRepository() = default;
    virtual Result<qint64> add(const ProgressNote &note) = 0;
    virtual Result<int> update(const ProgressNote &note) = 0;
    virtual Status remove(qint64 id, int version) = 0;
    // Oldest first.
    virtual Result<QList<ProgressNote>> ofTask(qint64 taskId) = 0;
    // The notes of a year's tasks dated on or before day, by task, each task's oldest first: the
    // progress history a review as of that day reads.
    virtual Result<QList<ProgressNote>> ofYearUpTo(int year, const QDate &day) = 0;
};

} // namespace dotpha
