#pragma once

#include "Attachment.h"
#include "CommitteeSettings.h"
#include "Decision.h"
#include "PrintableDocument.h"
#include "Task.h"
#include "WorkItem.h"

#include <QList>

namespace dotpha {

// One task's registration sheet ("PHIẾU ĐĂNG KÝ việc đột phá, đổi mới năm Y") with its schedule
// (the work items and their due dates), its decision
// history: what the Standing Committee decided, when, under which number, and why; and the
// evidence files kept with it, each with the start of its SHA-256 to find it by; then the lines
// where the registrant signs and the committee confirms.
class TaskSheet : public PrintableDocument
{
public:
    TaskSheet(CommitteeSettings committee, Task task, QList<Decision> decisions, QString fieldName = {});

    // The task's files; the removed ones are left out.
    void setAttachments(const QList<Attachment> &attachments);
    // The task's work items: the schedule its registration proposes, with what is done.
    void setWorkItems(const QList<WorkItem> &items) { m_workItems = items; }

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_committee; }
    void paint(DocumentCanvas &canvas) const override;

private:
    CommitteeSettings m_committee;
    Task m_task;
    QList<Decision> m_decisions;
    QString m_fieldName;
    QList<Attachment> m_attachments;
    QList<WorkItem> m_workItems;

    void paintSchedule(DocumentCanvas &canvas) const;
    // keepWithEnd: what follows and must share the page of the section's last row.
    void paintDecisions(DocumentCanvas &canvas, qreal keepWithEnd) const;
    void paintAttachments(DocumentCanvas &canvas, qreal keepWithEnd) const;
    static qreal signaturesHeight(DocumentCanvas &canvas);
    void paintSignatures(DocumentCanvas &canvas) const;
};

} // namespace dotpha
