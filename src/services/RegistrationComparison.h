#pragma once

#include "Decision.h"
#include "Task.h"

#include <QList>
#include <QString>

#include <optional>

namespace dotpha {

// A task "as registered" beside it "as now approved": the registration as the reviewers first
// accepted it (the fields before the approval, or as supplemented or assigned, or else before its
// first adjustment) against its
// current fields, row by row, with the rows that differ marked.
class RegistrationComparison
{
public:
    struct Row
    {
        QString label;
        QString registered;
        QString current;
        bool differs = false;
    };

    // Empty when the task was never accepted (no approval, supplement or assignment).
    static QList<Row> rows(const QList<Decision> &decisions, const Task &current);
    // The registration as first accepted, when it was.
    static std::optional<QJsonObject> registered(const QList<Decision> &decisions);
};

} // namespace dotpha
