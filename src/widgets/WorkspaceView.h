#pragma once

#include "Task.h"

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class WorkspaceView;
}

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace dotpha {

class AppSettings;
class DatabaseSession;
class TaskColumnLayout;
class TaskDetailsTabs;
struct ChangeSet;

// What the main window shows of an open database: the committee's name, the navigator of views
// and units, the task table with its search as you type and its filters by status and field,
// and the details of the selected task. The year and the search box are its own too, though the
// window places them in its toolbar. Each year keeps its filters, per database. It follows the
// session's ChangeFeed: what a colleague saves shows without any action, the selected task and
// the scroll position kept.
class DecisionNotice;
class OfflineBanner;

class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceView(QWidget *parent = nullptr);
    // Tells a clerk what was decided on the registrations since they last looked (after a sign-in).
    void refreshDecisionNotice();
    ~WorkspaceView() override;

    // Shows session (not owned), on the latest year it has; nullptr clears the view.
    void setSession(DatabaseSession *session);
    QComboBox *yearCombo() const { return m_yearCombo; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableView *taskView() const;

    int year() const;
    void setYear(int year);
    // Searches at once, as the search box does 150 ms after the last keystroke.
    void searchFor(const QString &text);
    // Shows every task of the year, no filter or search left, as after an import.
    void showAllTasks();
    // Chooses "Due soon" in the navigator, with no filter or search left.
    void showDueSoon();
    // How many days ahead "Due soon" looks.
    void setDueWithinDays(int days);
    // Shows the selected task's details afresh.
    void showCurrentTaskDetails();

    std::optional<Task> currentTask() const;
    QList<Task> selectedTasks() const;
    // The unit chosen in the navigator, if any: a new task is registered for it.
    std::optional<qint64> currentUnitId() const;
    // Selects the task's row; false when the list does not show it (another view, a filter).
    bool selectTask(qint64 taskId);

    void restoreLayout(const AppSettings &settings);
    void saveLayout(AppSettings &settings) const;

Q_SIGNALS:
    // The selected task changed, or its details did.
    void currentTaskChanged();
    void yearChanged(int year);
    void totalCountChanged(int total);
    // A row was double-clicked.
    void taskActivated();
    // Local files were dropped on the progress page, to attach to the task shown.
    void filesDroppedOnProgress(const QStringList &paths);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createYearAndSearch();
    void fillYears(std::optional<int> chosen);
    void fillFilters();
    void applyFilters();
    void showWithoutFilters(const QModelIndex &entry);
    void rememberFilters();
    void restoreFilters();
    QString filtersKey() const;
    void showCommitteeName();
    void follow(const dotpha::ChangeSet &changes);
    // Shows the selected task's details, unless they show it already.
    void followCurrentTask();
    void keepPlaceInTable();
    void returnToPlaceInTable();
    void keepPlaceInNavigator();
    void returnToPlaceInNavigator();

    std::unique_ptr<Ui::WorkspaceView> m_ui;
    DatabaseSession *m_session = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    TaskColumnLayout *m_columns = nullptr;
    TaskDetailsTabs *m_details = nullptr;
    OfflineBanner *m_offlineBanner = nullptr;
    DecisionNotice *m_decisionNotice = nullptr;
    QByteArray m_columnState;   // the columns' layout while no database is shown
    // Where the user was while the table or the navigator reads its rows again.
    std::optional<qint64> m_keptTaskId;
    int m_keptScroll = 0;
    int m_keptColumn = 0;
    QString m_keptNavigatorEntry;
    // Whether the navigator's width was restored or chosen; until then it takes a fifth.
    bool m_navigatorWidthChosen = false;
};

} // namespace dotpha
