#include "SignInAs.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QTableView>
#include <QTest>

#include <QLineEdit>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The sample loaded into temporary and shown in window, signed in as a clerk.
void openSampleAsClerk(TemporaryDatabase &temporary, MainWindow &window)
{
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }
    window.setSignIn(signInAs(UserRole::Clerk));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

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
