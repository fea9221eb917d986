#pragma once

#include <QString>

#include <optional>

namespace dotpha {

// A leader who registers individual tasks. Position and unit are the current ones; each task
// keeps the position held when it was registered.
struct Person
{
    qint64 id = 0;
    QString fullName;
    QString position;
    std::optional<qint64> unitId;
    int version = 0;
};

} // namespace dotpha
