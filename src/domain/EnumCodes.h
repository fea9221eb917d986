#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace dotpha {

// Every enum stored in the database is stored as a stable, readable text code ("collective",
// "approved"), never as its integer value: the file reads well in the sqlite3 shell and survives
// reordering of the enum. Each enum specialises EnumCodeTable with its codes.
template <typename Enum>
struct EnumCodeTable;

template <typename Enum, std::size_t N>
using CodeEntries = std::array<std::pair<Enum, const char16_t *>, N>;

template <typename Enum>
QString toCode(Enum value)
{
    for (const auto &[candidate, code] : EnumCodeTable<Enum>::entries) {
        if (candidate == value)
            return QString::fromUtf16(code);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum>
std::optional<Enum> fromCode(QStringView code)
{
    for (const auto &[candidate, text] : EnumCodeTable<Enum>::entries) {
        if (code == QStringView(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : EnumCodeTable<Enum>::entries)
        codes.append(QString::fromUtf16(entry.second));
    return codes;
}

template <typename Enum>
constexpr auto allValues()
{
    std::array<Enum, EnumCodeTable<Enum>::entries.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumCodeTable<Enum>::entries[i].first;
    return values;
}

} // namespace dotpha
