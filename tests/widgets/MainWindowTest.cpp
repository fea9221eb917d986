#include "SignInAs.h"
#include "AppSettings.h"
#include "DamageCheck.h"
#include "DueNotice.h"
#include "GuiTestHelpers.h"
#include "OutsideDotpha.h"
#include "TestBackend.h"
#include "Workspace.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <QLineEdit>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

void loadSample(TemporaryDatabase &temporary)
{
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
}

// The sample loaded into temporary and shown in window, signed in as a clerk.
void openSampleAsClerk(TemporaryDatabase &temporary, MainWindow &window)
{
    loadSample(temporary);
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

// The database opened again in window, as it was left.
void openSampleAsClerkAgain(TemporaryDatabase &temporary, MainWindow &window)
{
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
}

// How many tasks the window's list shows.
struct TaskModelCounts
{
    MainWindow *window;
    int shown() const { return window->session()->taskModel().totalCount(); }
};

} // namespace

TEST(MainWindow, OpensTheSampleOnItsYear)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openSampleAsClerk(temporary, window);
    if (::testing::Test::HasFatalFailure())
        return;
    EXPECT_TRUE(window.windowTitle().contains(u"test.sqlite"_s));
    EXPECT_EQ(window.findChild<QLabel *>(u"committeeLabel"_s)->text(), u"Huyện ủy Yên Sơn"_s);
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7);
    EXPECT_EQ(window.session()->taskModel().query().year, 2021);
}

// Was: Ctrl+C on the task table copied nothing that Excel or Calc could paste as cells.
TEST(MainWindow, CtrlCCopiesTheSelectedRowsWithTheVisibleHeaders)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openSampleAsClerk(temporary, window);
    if (::testing::Test::HasFatalFailure())
        return;
    auto *view = window.findChild<QTableView *>(u"taskView"_s);
    ASSERT_TRUE(view);
    QHeaderView *header = view->horizontalHeader();
    header->hideSection(header->logicalIndex(1));
    header->moveSection(2, 0);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);

    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    ASSERT_TRUE(copied);
    const QStringList lines = copied->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    QStringList expectedHeaders;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            expectedHeaders << view->model()->headerData(header->logicalIndex(visual), Qt::Horizontal).toString();
    }
    EXPECT_EQ(lines.first().split(u'\t'), expectedHeaders);
    const int firstVisible = header->logicalIndex(0);
    EXPECT_TRUE(lines.at(2).startsWith(view->model()->index(2, firstVisible).data().toString()));
    EXPECT_TRUE(copied->html().contains(u"<th>"_s + expectedHeaders.first().toHtmlEscaped() + u"</th>"_s));
    EXPECT_EQ(copied->html().count(u"<tr>"_s), 3);
}

// Esc in the search box clears the search, and the list shows every task again.
TEST(MainWindow, EscapeClearsTheSearch)
{
    TemporaryDatabase temporary;
    MainWindow window;
    openSampleAsClerk(temporary, window);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    ASSERT_TRUE(search);
    search->setFocus();
    QTest::keyClicks(search, u"do thi"_s);
    ASSERT_FALSE(search->text().isEmpty());
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
}

namespace {

// Chooses the item holding data in a filter's combo box, as a click in its list does.
void chooseFilter(QComboBox *filter, const QVariant &data)
{
    const int index = filter->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    filter->setCurrentIndex(index);
    Q_EMIT filter->activated(index);
}

int approvedIn(MainWindow &window, int year)
{
    TaskQuery query;
    query.year = year;
    query.status = TaskStatus::Approved;
    return *window.session()->repositories().tasks.count(query);
}

} // namespace

// Was: no filter by status or field.
TEST(MainWindow, FiltersByStatusAndFieldAndRemembersThemForEachYear)
{
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
        TestData data(workspace->repositories());
        data.addCollectiveTask(data.addUnit(u"xã Tân Phú"_s), u"Bản nháp chưa trình"_s);   // a draft of 2021
    }
    {
        MainWindow window;
        openSampleAsClerkAgain(temporary, window);
        if (::testing::Test::HasFatalFailure())
            return;
        auto *status = window.findChild<QComboBox *>(u"statusFilterCombo"_s);
        auto *field = window.findChild<QComboBox *>(u"fieldFilterCombo"_s);
        ASSERT_TRUE(status && field);
        TaskModelCounts counts{&window};
        const int all = counts.shown();
        chooseFilter(status, toCode(TaskStatus::Approved));
        ASSERT_EQ(counts.shown(), approvedIn(window, 2021));
        ASSERT_LT(counts.shown(), all);

        // A field narrows the approved ones further.
        const Task first = window.session()->taskModel().taskAt(0) ? *window.session()->taskModel().taskAt(0) : Task();
        ASSERT_TRUE(first.fieldId.has_value());
        chooseFilter(field, *first.fieldId);
        for (int row = 0; row < counts.shown(); ++row) {
            EXPECT_EQ(window.session()->taskModel().taskAt(row)->fieldId, first.fieldId);
            EXPECT_EQ(window.session()->taskModel().taskAt(row)->status, TaskStatus::Approved);
        }

        // Another year has filters of its own; coming back finds 2021's.
        window.setYear(2022);
        EXPECT_EQ(status->currentIndex(), 0);
        EXPECT_EQ(field->currentIndex(), 0);
        window.setYear(2021);
        EXPECT_EQ(status->currentData().toString(), toCode(TaskStatus::Approved));
        EXPECT_EQ(field->currentData().toLongLong(), *first.fieldId);
        window.close();
    }
    // And so does the next session on the database.
    MainWindow again;
    openSampleAsClerkAgain(temporary, again);
    auto *status = again.findChild<QComboBox *>(u"statusFilterCombo"_s);
    EXPECT_EQ(status->currentData().toString(), toCode(TaskStatus::Approved));
    EXPECT_EQ(again.session()->taskModel().totalCount(), [&] {
        TaskQuery query;
        query.year = 2021;
        query.status = TaskStatus::Approved;
        query.fieldId = again.findChild<QComboBox *>(u"fieldFilterCombo"_s)->currentData().toLongLong();
        return *again.session()->repositories().tasks.count(query);
    }());
}

// The file opens at once and is read for damage afterwards: what that finds turns the window
// read-only and is told, naming the file.
TEST(MainWindow, AFileFoundDamagedAfterItShowsTurnsReadOnlyAndSaysSo)
{
    DOTPHA_FILE_ONLY("a file's pages damaged");
    TemporaryDatabase temporary;
    loadSample(temporary);
    damageOutsideDotpha(temporary.path());

    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    QString told;
    whenOpensLater<QMessageBox>([&](QMessageBox &box) { told = box.text(); });
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    EXPECT_EQ(window.session()->taskModel().totalCount(), 7);   // the first screen did not wait
    ASSERT_TRUE(QTest::qWaitFor([&] { return !told.isEmpty(); }, 30000));

    EXPECT_TRUE(told.contains(u"test.sqlite"_s)) << told.toStdString();
    EXPECT_TRUE(window.session()->workspace().isReadOnly());
    EXPECT_FALSE(window.findChild<QAction *>(u"newCollectiveAction"_s)->isEnabled());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(window.session()->workspace().readOnlyReason()))
        << window.statusBar()->currentMessage().toStdString();
}

TEST(MainWindow, ASoundFileStaysWritableOnceItIsReadForDamage)
{
    DOTPHA_FILE_ONLY("a file's pages read for damage");
    TemporaryDatabase temporary;
    loadSample(temporary);
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    auto *check = window.findChild<DamageCheck *>();
    ASSERT_TRUE(check);
    std::optional<bool> sound;   // told in the window's event loop, from here on
    QObject::connect(check, &DamageCheck::finished, check, [&](const QString &, const Status &result) { sound = result.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sound.has_value(); }, 30000));
    EXPECT_TRUE(*sound);
    EXPECT_FALSE(window.session()->workspace().isReadOnly());
    EXPECT_TRUE(window.findChild<QAction *>(u"newCollectiveAction"_s)->isEnabled());
}

// The status bar says what falls due; its link opens "Due soon", which lists it.
TEST(MainWindow, TheWordOnDeadlinesOpensDueSoon)
{
    TemporaryDatabase temporary;
    const int year = QDate::currentDate().year();
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s);
        for (const auto &[title, deadline] : {std::pair{u"Đến hạn hôm nay"_s, QDate::currentDate()},
                                              std::pair{u"Quá hạn"_s, QDate::currentDate().addDays(-1)}}) {
            Task task = TestData::collectiveTask(commune, title, deadline.year());
            task.status = TaskStatus::Approved;
            task.deadline = deadline;
            data.addTask(task);
        }
        data.addCollectiveTask(commune, u"Bản nháp"_s, year);
    }
    AppSettings().setDueWithinDays(AppSettings::DefaultDueWithinDays);
    MainWindow window;
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    window.setYear(year);
    auto *notice = window.findChild<DueNotice *>(u"dueNotice"_s);
    ASSERT_TRUE(notice);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notice->isVisible(); }, 5000));
    EXPECT_TRUE(notice->toolTip().contains(u"14"_s)) << notice->toolTip().toStdString();   // the days looked ahead

    Q_EMIT notice->linkActivated(u"due"_s);
    EXPECT_EQ(window.session()->taskModel().totalCount(), 1);
    ASSERT_TRUE(window.session()->taskModel().taskAt(0));
    EXPECT_EQ(window.session()->taskModel().taskAt(0)->title, u"Đến hạn hôm nay"_s);
}
