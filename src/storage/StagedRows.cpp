#include "StagedRows.h"

#include "SqlConnection.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

StagedRows::StagedRows(SqlConnection &database, QString name, int columnCount)
    : m_database(database)
    , m_name(std::move(name))
    , m_columnCount(columnCount)
    , m_query(database.connection())
{
}

StagedRows::~StagedRows()
{
    if (m_native)
        m_api->finalize(m_native);
}

QString StagedRows::columns() const
{
    QStringList names;
    for (int i = 0; i < m_columnCount; ++i)
        names << u"c%1"_s.arg(i);
    return names.join(u", "_s);
}

Status StagedRows::clear()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"DELETE FROM temp.%1"_s.arg(m_name)))
        return SqlErrors::from(query.lastError());
    return {};
}

Status StagedRows::begin()
{
    QSqlQuery query(m_database.connection());
    // The name and the column count are ours, never input.
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1 (%2)"_s.arg(m_name, columns())))
        return SqlErrors::from(query.lastError());
    if (const Status emptied = clear(); !emptied)
        return emptied;
    if (m_native || m_query.isValid() || !m_query.lastQuery().isEmpty())
        return {};   // prepared by an earlier load
    const QString insert =
        u"INSERT INTO temp.%1 (%2) VALUES (%3)"_s.arg(m_name, columns(), QStringList(m_columnCount, u"?"_s).join(u", "_s));
    m_api = NativeSqlite::api(m_database.connection());
    if (m_api) {
        const QByteArray sql = insert.toUtf8();
        if (m_api->prepare(NativeSqlite::handle(m_database.connection()), sql.constData(), int(sql.size()), &m_native,
                           nullptr)
            != NativeSqlite::Ok)
            return nativeError("prepare");
        return {};
    }
    m_query.setForwardOnly(true);
    if (!m_query.prepare(insert))
        return SqlErrors::from(m_query.lastError());
    return {};
}

Status StagedRows::append(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columnCount);
    if (m_native)
        return appendNatively(values);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A text is never bound as NULL (SqlTable::bindable).
        m_query.bindValue(i, value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(u""_s) : value);
    }
    if (!m_query.exec())
        return SqlErrors::from(m_query.lastError());
    return {};
}

// Each value as Qt's SQLite driver binds it, so that both paths store the same: integers and
// booleans as integers, floating point as real, bytes as a blob, a date and time in ISO form with
// milliseconds, anything else as its text.
int StagedRows::bindNatively(int position, const QVariant &value)
{
    if (!value.isValid())
        return m_api->bindNull(m_native, position);
    const auto bindText = [&](const QString &string) {
        const QByteArray text = string.toUtf8();
        return m_api->bindText(m_native, position, text.constData(), int(text.size()), NativeSqlite::Transient);
    };
    switch (value.typeId()) {
    case QMetaType::QString:
        return bindText(value.toString());   // never NULL, as SqlTable::bindable has it
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        return m_api->bindBlob(m_native, position, bytes.constData(), int(bytes.size()), NativeSqlite::Transient);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return m_api->bindInt64(m_native, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return m_api->bindDouble(m_native, position, value.toDouble());
    case QMetaType::QDateTime:
        return bindText(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(value.toTime().toString(u"hh:mm:ss.zzz"_s));
    default:
        return value.isNull() ? m_api->bindNull(m_native, position) : bindText(value.toString());
    }
}

Status StagedRows::appendNatively(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (bindNatively(i + 1, values.at(i)) != NativeSqlite::Ok)
            return nativeError("bind");
    }
    const int stepped = m_api->step(m_native);
    m_api->reset(m_native);
    if (stepped != NativeSqlite::Done)
        return nativeError("step");
    return {};
}

Status StagedRows::nativeError(const char *step)
{
    void *handle = NativeSqlite::handle(m_database.connection());
    const QString message = QString::fromUtf8(m_api->errorMessage(handle));
    return SqlErrors::from(QSqlError(QString::fromLatin1(step), message, QSqlError::StatementError,
                                     QString::number(m_api->extendedErrorCode(handle))));
}

} // namespace dotpha
