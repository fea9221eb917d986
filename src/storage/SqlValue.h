#pragma once

#include <QDate>
#include <QVariant>

#include <optional>

namespace dotpha {

// Conversions between domain values and what is bound to or read from SQLite: an absent value is
// NULL, a date is ISO 8601 text.
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
    static std::optional<qint64> optionalId(const QVariant &value);
    static std::optional<int> optionalInt(const QVariant &value);
    static std::optional<double> optionalDouble(const QVariant &value);
};

} // namespace dotpha
