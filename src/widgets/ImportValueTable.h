#pragma once

#include "ImportPlan.h"
#include "RegistrationColumns.h"

#include <QObject>

class QTableWidget;

namespace dotpha {

class FocusedWheelFilter;

// The import window's list of the values a file writes in its own words: each with its column,
// how many rows write it, and a choice of which of our words it means.
class ImportValueTable : public QObject
{
    Q_OBJECT

public:
    // Fills table, which it does not own; wheel keeps the wheel off choices not focused.
    ImportValueTable(QTableWidget *table, FocusedWheelFilter *wheel);

    // The values as a plan met them, each choice set to what it was mapped to.
    void show(const QList<ImportPlan::UnknownValue> &values);

signals:
    // The user said that text, in column, means ours (empty: nothing chosen).
    void chosen(dotpha::RegistrationColumns::Column column, const QString &text, const QString &ours);

private:
    void fitHeight();

    QTableWidget *m_table;
    FocusedWheelFilter *m_wheel;
};

} // namespace dotpha
