#pragma once

#include "EditingDialog.h"
#include "Indicator.h"
#include "IndicatorValue.h"
#include "ProgressNote.h"
#include "Result.h"
#include "WorkItem.h"

#include <functional>
#include <memory>

namespace Ui {
class ProgressEntryDialog;
}

namespace dotpha {

class DraftStore;
class FormSaver;

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

    Kind kind() const { return m_kind; }
    // The indicator value page offers these; the note page starts from the current percent.
    void setIndicators(const QList<Indicator> &indicators);
    void setCurrentPercent(int percent);

    ProgressNote note() const;
    WorkItem workItem() const;
    Indicator indicator() const;
    IndicatorValue indicatorValue() const;

    // Save saves the entry from inside the dialog: when it fails, the dialog stays open with what
    // was typed and says why, and what was typed is kept in drafts, offered back when an entry of
    // this kind is next opened on the task. Without a save, Save only closes the dialog.
    void setSave(std::function<Status()> save, const DraftStore &drafts);
    void accept() override;

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::ProgressEntryDialog> m_ui;
    qint64 m_taskId;
    Kind m_kind;
    FormSaver *m_saver;
};

} // namespace dotpha
