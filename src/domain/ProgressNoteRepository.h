#pragma once

#include "ProgressNote.h"
#include "Result.h"

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
};

} // namespace dotpha
