#pragma once

#include <QString>

namespace dotpha {

// A field of work a task belongs to: urban planning, land and minerals, Party building, ...
struct Field
{
    qint64 id = 0;
    QString name;
    int version = 0;
};

} // namespace dotpha
