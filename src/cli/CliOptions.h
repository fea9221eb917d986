#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dotpha::CliOptions {

// An option's whole number within [minimum, maximum]; nullopt when it is not one.
std::optional<int> integer(const QString &text, int minimum, int maximum);
// An option's date as YYYY-MM-DD; nullopt when it is not one.
std::optional<QDate> date(const QString &text);

} // namespace dotpha::CliOptions
