#pragma once

#include "AuditEntry.h"
#include "EditingDialog.h"
#include "Repositories.h"
#include "Result.h"
#include "Task.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class TaskEditorDialog;
}

class QComboBox;
class QLabel;
class QPushButton;

namespace dotpha {

class ChangeFeed;
class ChangedElsewhereNotice;
class DraftStore;
class FormSaver;
class ChoiceListModel;
struct ChangeSet;

// Edits one task, collective or individual. Units and people are chosen from lists that complete
// without accents. The dialog says, as the user types, what is still missing for the task to be
// "rõ việc, rõ người, rõ tiến độ"; only then can it be submitted for review. Following the
// ChangeFeed, it tells at once when a colleague saves the task it edits, and never saves over
// their change without the user's choice (ChangedElsewhereNotice, TaskMerge).
class TaskEditorDialog : public EditingDialog
{
    Q_OBJECT

public:
    explicit TaskEditorDialog(Repositories &repositories, QWidget *parent = nullptr);
    ~TaskEditorDialog() override;

    // Whether "Save and submit for review" is offered (before setTask): not when a reviewer's
    // decision follows the edit (an adjustment, a late amendment).
    void setSubmitOffered(bool offered) { m_submitOffered = offered; }
    // The task to edit, or a new one (id 0) with its defaults.
    void setTask(const Task &task);
    // Shows the task given to setTask for reading only, with reason (a closed year, a decided
    // task, a role that does not register) above the form: nothing typed is then thrown away at
    // Save, since there is none.
    void showReadOnly(const QString &reason);
    // The task with the form's fields; id, version and registration snapshot as given, or as a
    // colleague saved it when the user chose to build on their version.
    Task task() const;
    // The version a save goes over: the task given, or the colleague's the user chose to build on.
    const Task &savedOver() const { return m_original; }
    // Whether the user chose to submit the task for review rather than only to save it.
    bool submitRequested() const { return m_submitRequested; }
    // From now on, a save of the task by anyone else is told above the form; Save waits until
    // the user has chosen theirs, mine or both.
    void followChanges(ChangeFeed &feed);
    // Save saves the form from inside it: when it fails, the form stays open with what was typed
    // and says why, and what was typed is kept in drafts (under the task's id, or "new") to offer
    // back when the editor next opens on the task. Without a save, Save only closes the form.
    void setSave(std::function<Status()> save, const DraftStore &drafts);
    static QString draftKey(const Task &task);

    void accept() override;

protected:
    QString guideSection() const override;

private:
    void fillForm(const Task &task);
    void showWhyReturned(const Task &task);
    void changesCommitted(const dotpha::ChangeSet &changes);
    void takeTheirs();
    void keepMine();
    void keepBoth();
    void setSaveAllowed(bool allowed);
    AuditEntry latestChangeOfTask() const;
    void refreshChoicesIfStale();
    void loadChoices();
    void setUpCompletion(QComboBox *combo, ChoiceListModel *model);
    void updateKindControls();
    void updateReadiness();
    void personChosen();
    void followLastYear();
    static qint64 chosenId(const QComboBox *combo, const ChoiceListModel *model);
    static void choose(QComboBox *combo, const ChoiceListModel *model, qint64 id);

    std::unique_ptr<Ui::TaskEditorDialog> m_ui;
    Repositories &m_repositories;
    ChoiceListModel *m_units;
    ChoiceListModel *m_people;
    QHash<qint64, qint64> m_unitOfPerson;
    QPushButton *m_submitButton = nullptr;
    Task m_original;   // as stored when the form was filled: what a save goes over
    std::optional<Task> m_theirs;   // a colleague's version, while the notice waits for a choice
    ChangedElsewhereNotice *m_notice;
    FormSaver *m_saver;
    QLabel *m_returned;   // the reviewer's reason, on a registration returned for revision
    QDate m_proposedDeadline;   // the end of the last year, while the deadline is still it
    bool m_submitRequested = false;
    bool m_submitOffered = true;
    bool m_choicesStale = false;   // units, people or fields changed since the lists were read
    bool m_saveBlocked = false;   // until the user has chosen how to go on after a colleague's save
};

} // namespace dotpha
