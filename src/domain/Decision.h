#pragma once

#include "DecisionKind.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dotpha {

// A reviewer's decision on a task. Decisions are never edited or deleted: together they are the
// record of how a registration became what it is. before and after hold the task's fields (see
// TaskSnapshot) around the decision, so an adjustment shows exactly what changed.
struct Decision
{
    qint64 id = 0;
    qint64 taskId = 0;
    DecisionKind kind = DecisionKind::Approve;
    QDate decidedOn;
    QString number;        // number and symbol of the decision, e.g. "Số 15-QĐ/HU"
    std::optional<qint64> reviewerId;
    QString reviewerName;  // as it was when deciding
    QString reason;
    QJsonObject before;
    QJsonObject after;
    bool lateAmendment = false;   // an administrator's change to a closed year
    QDateTime recordedAt;  // set by storage
};

} // namespace dotpha
