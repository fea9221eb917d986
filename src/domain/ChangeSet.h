#pragma once

#include "AuditEntry.h"

#include <QList>
#include <QSet>
#include <QString>

namespace dotpha {

// What one or more committed transactions wrote, as the audit trail recorded it, for the views to
// refresh what it names (ChangeFeed). everything says that it was too much to name one by one
// (an import, a generation): a view then reads all again.
struct ChangeSet
{
    // The tasks whose row, or a record of theirs (a decision, a note, a work item, an indicator and
    // its values), changed.
    QSet<qint64> tasks;
    // Of those, the ones added, removed or restored, or changed in what decides which lists they
    // are in (the year, the status, the kind, the unit, the person, the field).
    QSet<qint64> tasksMoved;
    // Every table written.
    QSet<QString> tables;
    // The newest of the records read.
    qint64 lastRecordId = 0;
    bool everything = false;

    bool isEmpty() const { return !everything && tables.isEmpty(); }
    bool touches(const QString &table) const { return everything || tables.contains(table); }
    bool touchesTask(qint64 id) const { return everything || tasks.contains(id); }
    // The tasks ids, each changed in every way a list or a pane can show.
    static ChangeSet ofTasks(const QSet<qint64> &ids);
    // Adds what entry records.
    void add(const AuditEntry &entry);
};

} // namespace dotpha
