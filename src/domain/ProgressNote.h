#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dotpha {

// A dated account of progress on a task, optionally with the percent reached.
struct ProgressNote
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate notedOn;
    std::optional<int> percent;
    QString text;
    std::optional<qint64> authorId;
    int version = 0;
};

} // namespace dotpha
