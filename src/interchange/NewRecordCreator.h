#pragma once

#include "ImportPlan.h"
#include "ReferenceDataService.h"
#include "Result.h"

#include <QHash>

namespace dotpha {

// The units, people and fields an import creates, each once, through the reference-data service:
// the units and people of the whole file by one statement each. Runs inside the import's
// transaction.
class NewRecordCreator
{
public:
    explicit NewRecordCreator(ReferenceDataService &service) : m_service(service) {}

    Status createUnits(const QList<const ImportPlan::Row *> &rows);
    Status createPeople(const QList<const ImportPlan::Row *> &rows);

    // The unit and person of a row, existing or created.
    qint64 unitOf(const ImportPlan::Row &row) const;
    qint64 personOf(const ImportPlan::Row &row) const;
    // The field of that name, created the first time it is asked for.
    Result<qint64> field(const QString &name);

private:
    static QString personKey(const ImportPlan::Row &row, qint64 unitId);

    ReferenceDataService &m_service;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_fields;
};

} // namespace dotpha
