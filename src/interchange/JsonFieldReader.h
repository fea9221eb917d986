#pragma once

#include "EnumCodes.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dotpha {

// Reads the fields of one JSON object that a file from elsewhere (an exchange package) claims to
// hold, each of its type: what is missing or not as expected is remembered, the first one by its
// path ("tasks[3].title"), and read as empty, so that a reader reads on and reports once.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(QJsonObject object, QString path = {}) : m_object(std::move(object)), m_path(std::move(path)) {}

    // Text that must be there and not blank, trimmed.
    QString text(const QString &name);
    // Text that may be empty or absent.
    QString optionalText(const QString &name);
    qint64 integer(const QString &name, qint64 least, qint64 most = 9'000'000'000'000'000);
    std::optional<qint64> optionalInteger(const QString &name, qint64 least, qint64 most = 9'000'000'000'000'000);
    std::optional<double> optionalNumber(const QString &name);
    double number(const QString &name);
    // A date as YYYY-MM-DD; an absent or null one is a null QDate, anything else must be a date.
    QDate optionalDate(const QString &name);
    QDate date(const QString &name);
    bool flag(const QString &name);
    QByteArray hex(const QString &name, qsizetype bytes);
    QByteArray base64(const QString &name, qsizetype bytes);
    // An enum's code word (EnumCodes); fallback, and the field marked, when it is none of them.
    template <typename Enum>
    Enum code(const QString &name, Enum fallback)
    {
        const std::optional<Enum> value = fromCode<Enum>(text(name));
        if (!value)
            miss(name);
        return value.value_or(fallback);
    }
    QJsonObject object(const QString &name);
    QJsonArray array(const QString &name);

    // The reader of an element of an array field, its path continuing this one's.
    JsonFieldReader element(const QString &arrayName, qsizetype index, const QJsonValue &value) const;
    // The first field found missing or wrong, by its path; empty when none was.
    const QString &missing() const { return m_missing; }
    // Takes on another reader's missing field when this one has none.
    void take(const JsonFieldReader &other);

private:
    void miss(const QString &name);

    QJsonObject m_object;
    QString m_path;
    QString m_missing;
};

} // namespace dotpha
