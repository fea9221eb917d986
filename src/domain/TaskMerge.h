#pragma once

#include "Task.h"

#include <QStringList>

namespace dotpha {

// A task edited while a colleague saved it: the version the editor opened (base), the one stored
// now (theirs) and the one in the form (mine), compared field by field over what the editor
// edits. Fields are named by their columns (ColumnNames labels them).
class TaskMerge
{
public:
    TaskMerge(Task base, Task theirs, Task mine);

    // The fields each side changed from base, in the editor's order.
    QStringList theirChanges() const { return m_theirs; }
    QStringList myChanges() const { return m_mine; }
    // The fields both changed, to different values: only the user can choose between them.
    QStringList collisions() const;
    bool canMerge() const { return collisions().isEmpty(); }
    // Theirs with my changes on top (needs canMerge()): what both meant, at the stored version.
    Task merged() const;

private:
    Task m_base;
    Task m_theirsTask;
    Task m_mineTask;
    QStringList m_theirs;
    QStringList m_mine;
};

} // namespace dotpha
