#include "SqlPersonRepository.h"

#include "FoldedSearch.h"
#include "SqlValue.h"
#include "TextFolding.h"
#include "Validator.h"
#include "VietnameseCollator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString Columns = u"id, full_name, position, unit_id, version"_s;

Person readPerson(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.fullName = query.value(1).toString();
    person.position = query.value(2).toString();
    person.unitId = SqlValue::optionalId(query.value(3));
    person.version = query.value(4).toInt();
    return person;
}

QVariantList writableValues(const Person &person)
{
    return {person.fullName.trimmed(), TextFolding::fold(person.fullName), person.position.trimmed(),
            SqlValue::of(person.unitId)};
}

// Vietnamese names sort by given name (the last word), then by the whole name.
bool byGivenName(const VietnameseCollator &collator, const Person &a, const Person &b)
{
    const QString givenA = a.fullName.section(QLatin1Char(' '), -1);
    const QString givenB = b.fullName.section(QLatin1Char(' '), -1);
    if (const int order = collator.compare(givenA, givenB); order != 0)
        return order < 0;
    return collator(a.fullName, b.fullName);
}

} // namespace

SqlPersonRepository::SqlPersonRepository(SqlConnection &database)
    : m_table(database, u"person"_s, tr("person"))
{
}

Result<qint64> SqlPersonRepository::add(const Person &person)
{
    if (const Status valid = Validator::check(person); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO person (full_name, full_name_folded, position, unit_id) "
                          "VALUES (?, ?, ?, ?)"_s, writableValues(person));
}

Result<QList<qint64>> SqlPersonRepository::addMany(const QList<Person> &people)
{
    QList<QVariantList> rows;
    rows.reserve(people.size());
    for (const Person &each : people) {
        if (const Status valid = Validator::check(each); !valid)
            return valid.error();
        rows << writableValues(each);
    }
    return m_table.insertMany({u"full_name"_s, u"full_name_folded"_s, u"position"_s, u"unit_id"_s}, rows);
}

Result<int> SqlPersonRepository::update(const Person &person)
{
    if (const Status valid = Validator::check(person); !valid)
        return valid.error();
    return m_table.update(u"UPDATE person SET full_name = ?, full_name_folded = ?, position = ?, "
                          "unit_id = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                          writableValues(person), person.id, person.version);
}

Status SqlPersonRepository::remove(qint64 id, int version)
{
    return m_table.remove(id, version);
}

Result<int> SqlPersonRepository::restore(const Person &person)
{
    if (const Status valid = Validator::check(person); !valid)
        return valid.error();
    const Result<qint64> id = m_table.insert(u"INSERT INTO person (id, full_name, full_name_folded, position, unit_id) "
                                             "VALUES (?, ?, ?, ?, ?)"_s,
                                             QVariantList{person.id} + writableValues(person));
    return id ? Result<int>(1) : Result<int>(id.error());
}

Result<ReferenceUsage> SqlPersonRepository::usage(qint64 id)
{
    return m_table.usage(id, u"person_id"_s);
}

Result<Person> SqlPersonRepository::find(qint64 id)
{
    return m_table.selectOne<Person>(u"SELECT "_s + Columns + u" FROM person WHERE id = ?"_s, {id}, readPerson);
}

Result<QList<Person>> SqlPersonRepository::all()
{
    return selectSorted(u"TRUE"_s, {});
}

Result<QList<Person>> SqlPersonRepository::ofUnit(qint64 unitId)
{
    return selectSorted(u"unit_id = ?"_s, {unitId});
}

Result<QList<Person>> SqlPersonRepository::search(const QString &text)
{
    QVariantList values;
    const QString where = FoldedSearch::condition(u"full_name_folded"_s, text, values);
    return selectSorted(where, values);
}

Result<QList<Person>> SqlPersonRepository::selectSorted(const QString &where, const QVariantList &values)
{
    Result<QList<Person>> people =
        m_table.select<Person>(u"SELECT "_s + Columns + u" FROM person WHERE "_s + where, values, readPerson);
    if (people) {
        const VietnameseCollator collator;
        std::stable_sort(people.value().begin(), people.value().end(),
                         [&](const Person &a, const Person &b) { return byGivenName(collator, a, b); });
    }
    return people;
}

} // namespace dotpha
