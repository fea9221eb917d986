#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace dotpha {

// Conversions between domain values and what is bound to or read from SQLite: an absent value is
// NULL, a date is ISO 8601 text. Read back, a value is what either backend gives: a file's text, or
// the server's own date and timestamp types.
class SqlValue
{
public:
    template <typename T>
    static QVariant of(const std::optional<T> &value)
    {
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    static QVariant of(const QDate &date);

    static QDate date(const QVariant &value);
    // A timestamp, in UTC: a file's ISO 8601 text or the server's timestamptz.
    static QDateTime dateTime(const QVariant &value);
    static std::optional<qint64> optionalId(const QVariant &value);
    static std::optional<int> optionalInt(const QVariant &value);
    static std::optional<double> optionalDouble(const QVariant &value);
};

} // namespace dotpha
