#include "SqlFieldRepository.h"

#include "TextFolding.h"
#include "Validator.h"
#include "VietnameseCollator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

Field readField(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()};
}

} // namespace

SqlFieldRepository::SqlFieldRepository(SqlConnection &database)
    : m_table(database, u"field"_s, tr("field"))
{
}

Result<qint64> SqlFieldRepository::add(const Field &field)
{
    if (const Status valid = Validator::check(field); !valid)
        return valid.error();
    return m_table.insert(u"INSERT INTO field (name, name_folded) VALUES (?, ?)"_s,
                          {field.name.trimmed(), TextFolding::fold(field.name)});
}

Result<int> SqlFieldRepository::update(const Field &field)
{
    if (const Status valid = Validator::check(field); !valid)
        return valid.error();
    return m_table.update(u"UPDATE field SET name = ?, name_folded = ?, version = version + 1 "
                          "WHERE id = ? AND version = ?"_s,
                          {field.name.trimmed(), TextFolding::fold(field.name)}, field.id, field.version);
}

Status SqlFieldRepository::remove(qint64 id, int version)
{
    return m_table.remove(id, version);
}

Result<int> SqlFieldRepository::restore(const Field &field)
{
    if (const Status valid = Validator::check(field); !valid)
        return valid.error();
    const Result<qint64> id = m_table.insert(u"INSERT INTO field (id, name, name_folded) VALUES (?, ?, ?)"_s,
                                             {field.id, field.name.trimmed(), TextFolding::fold(field.name)});
    return id ? Result<int>(1) : Result<int>(id.error());
}

Result<ReferenceUsage> SqlFieldRepository::usage(qint64 id)
{
    return m_table.usage(id, u"field_id"_s);
}

Result<Field> SqlFieldRepository::find(qint64 id)
{
    return m_table.selectOne<Field>(u"SELECT id, name, version FROM field WHERE id = ?"_s, {id}, readField);
}

Result<QList<Field>> SqlFieldRepository::all()
{
    Result<QList<Field>> fields = m_table.select<Field>(u"SELECT id, name, version FROM field"_s, {}, readField);
    if (fields) {
        const VietnameseCollator collator;
        std::stable_sort(fields.value().begin(), fields.value().end(),
                         [&](const Field &a, const Field &b) { return collator(a.name, b.name); });
    }
    return fields;
}

Result<std::optional<Field>> SqlFieldRepository::findByName(const QString &name)
{
    Result<QList<Field>> found = m_table.select<Field>(
        u"SELECT id, name, version FROM field WHERE name_folded = ?"_s, {TextFolding::fold(name)}, readField);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Field>() : std::optional<Field>(found->constFirst());
}

} // namespace dotpha
