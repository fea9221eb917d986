#include "NewRecordCreator.h"

#include "TextFolding.h"

#include <QSet>

namespace dotpha {

Status NewRecordCreator::createUnits(const QList<const ImportPlan::Row *> &rows)
{
    QList<Unit> units;
    QStringList keys;
    QSet<QString> seen;
    for (const ImportPlan::Row *row : rows) {
        const QString key = TextFolding::fold(row->unitName);
        if (row->task.unitId != 0 || m_units.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
        units << Unit{0, row->unitName, row->unitKind, {}, {}, {}, {}, 1};
    }
    const Result<QList<qint64>> ids = m_service.addMany(units);
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_units.insert(keys.at(i), ids->at(i));
    return {};
}

Status NewRecordCreator::createPeople(const QList<const ImportPlan::Row *> &rows)
{
    QList<Person> people;
    QStringList keys;
    QSet<QString> seen;
    for (const ImportPlan::Row *row : rows) {
        if (row->task.kind != TaskKind::Individual || row->task.personId)
            continue;
        const qint64 unitId = unitOf(*row);
        const QString key = personKey(*row, unitId);
        if (m_people.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
        people << Person{0, row->personName, row->position, unitId, 1};
    }
    const Result<QList<qint64>> ids = m_service.addMany(people);
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_people.insert(keys.at(i), ids->at(i));
    return {};
}

qint64 NewRecordCreator::unitOf(const ImportPlan::Row &row) const
{
    return row.task.unitId != 0 ? row.task.unitId : m_units.value(TextFolding::fold(row.unitName));
}

qint64 NewRecordCreator::personOf(const ImportPlan::Row &row) const
{
    return m_people.value(personKey(row, unitOf(row)));
}

Result<qint64> NewRecordCreator::field(const QString &name)
{
    const QString key = TextFolding::fold(name);
    if (const auto found = m_fields.constFind(key); found != m_fields.cend())
        return *found;
    const Result<qint64> id = m_service.add(Field{0, name, 0});
    if (id)
        m_fields.insert(key, *id);
    return id;
}

QString NewRecordCreator::personKey(const ImportPlan::Row &row, qint64 unitId)
{
    return TextFolding::fold(row.personName) + u'|' + QString::number(unitId);
}

} // namespace dotpha
