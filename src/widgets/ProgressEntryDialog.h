#pragma once

#include "EditingDialog.h"
#include "Indicator.h"
#include "IndicatorValue.h"
#include "ProgressNote.h"
#include "WorkItem.h"


#include <memory>

namespace Ui {
class ProgressEntryDialog;
}

namespace dotpha {

// One entry of a task's progress: a dated note with the percent reached, a work item with its
// due date, an indicator with baseline and target, or a dated value of one of the task's
// indicators. The page shown depends on the kind; what the user typed is read back as the record.
class ProgressEntryDialog : public EditingDialog
{
    Q_OBJECT

public:
    enum class Kind { Note, WorkItem, Indicator, IndicatorValue };

    ProgressEntryDialog(Kind kind, qint64 taskId, const QString &taskTitle, QWidget *parent = nullptr);
    ~ProgressEntryDialog() override;

    // The indicator value page offers these; the note page starts from the current percent.
    void setIndicators(const QList<Indicator> &indicators);
    void setCurrentPercent(int percent);

    ProgressNote note() const;
    WorkItem workItem() const;
    Indicator indicator() const;
    IndicatorValue indicatorValue() const;

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::ProgressEntryDialog> m_ui;
    qint64 m_taskId;
};

} // namespace dotpha
