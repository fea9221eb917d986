#pragma once

#include "CommitteeSettings.h"
#include "Decision.h"
#include "PrintableDocument.h"
#include "Task.h"

#include <QList>

namespace dotpha {

// One task's registration sheet ("PHIẾU ĐĂNG KÝ việc đột phá, đổi mới năm Y") with its decision
// history: what the Standing Committee decided, when, under which number, and why.
class TaskSheet : public PrintableDocument
{
public:
    TaskSheet(CommitteeSettings committee, Task task, QList<Decision> decisions, QString fieldName = {});

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_committee; }
    void paint(DocumentCanvas &canvas) const override;

private:
    CommitteeSettings m_committee;
    Task m_task;
    QList<Decision> m_decisions;
    QString m_fieldName;
};

} // namespace dotpha
