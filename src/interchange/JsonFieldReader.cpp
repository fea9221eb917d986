#include "JsonFieldReader.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dotpha {

QString JsonFieldReader::text(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        miss(name);
    return value.toString().trimmed();
}

QString JsonFieldReader::optionalText(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        miss(name);
    return value.toString();
}

qint64 JsonFieldReader::integer(const QString &name, qint64 least, qint64 most)
{
    const std::optional<qint64> value = optionalInteger(name, least, most);
    if (!value)
        miss(name);
    return value.value_or(0);
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString &name, qint64 least, qint64 most)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1.5);
    // The range first: a number past qint64's would make the conversion undefined.
    if (!value.isDouble() || number < double(least) || number > double(most) || number != std::floor(number)) {
        miss(name);
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<double> JsonFieldReader::optionalNumber(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        miss(name);
        return std::nullopt;
    }
    return value.toDouble();
}

double JsonFieldReader::number(const QString &name)
{
    const std::optional<double> value = optionalNumber(name);
    if (!value)
        miss(name);
    return value.value_or(0);
}

QDate JsonFieldReader::optionalDate(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        miss(name);
    return date;
}

QDate JsonFieldReader::date(const QString &name)
{
    const QDate date = optionalDate(name);
    if (!date.isValid())
        miss(name);
    return date;
}

bool JsonFieldReader::flag(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isBool())
        miss(name);
    return value.toBool();
}

QByteArray JsonFieldReader::hex(const QString &name, qsizetype bytes)
{
    const QString text = m_object.value(name).toString();
    static const QRegularExpression hexDigits(u"^[0-9a-f]*$"_s);
    if (text.size() != bytes * 2 || !hexDigits.match(text).hasMatch())
        miss(name);
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray JsonFieldReader::base64(const QString &name, qsizetype bytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(m_object.value(name).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != bytes)
        miss(name);
    return decoded.decoded;
}

QJsonObject JsonFieldReader::object(const QString &name)
{
    if (!m_object.value(name).isObject())
        miss(name);
    return m_object.value(name).toObject();
}

QJsonArray JsonFieldReader::array(const QString &name)
{
    if (!m_object.value(name).isArray())
        miss(name);
    return m_object.value(name).toArray();
}

JsonFieldReader JsonFieldReader::element(const QString &arrayName, qsizetype index, const QJsonValue &value) const
{
    JsonFieldReader reader(value.toObject(), u"%1%2[%3]."_s.arg(m_path, arrayName).arg(index));
    if (!value.isObject())
        reader.m_missing = u"%1%2[%3]"_s.arg(m_path, arrayName).arg(index);
    return reader;
}

void JsonFieldReader::take(const JsonFieldReader &other)
{
    if (m_missing.isEmpty())
        m_missing = other.m_missing;
}

void JsonFieldReader::miss(const QString &name)
{
    if (m_missing.isEmpty())
        m_missing = m_path + name;
}

} // namespace dotpha
