#pragma once

#include <QString>

#include <ostream>

// Readable QString values in GoogleTest failure messages (found by argument-dependent lookup, so
// this must be included before the assertions that print them).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
