#include "AppSettings.h"
#include "AuditLogDialog.h"
#include "DatabaseSession.h"
#include "DecisionDialog.h"
#include "ImportDialog.h"
#include "CsvReader.h"
#include "MainWindow.h"
#include "ProgressEntryDialog.h"
#include "ReferenceDataDialog.h"
#include "ReportDataService.h"
#include "ReportMenu.h"
#include "SampleData.h"
#include "SignInAs.h"
#include "SummaryDialog.h"
#include "TaskEditorDialog.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "Translations.h"
#include "UsersDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QPrintPreviewDialog>
#include <QScopeGuard>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// What a 1024×768 office screen leaves a window: the taskbar (about 40 px) and the window's own
// title bar and frame (about 30 px) come off the height.
constexpr int UsableWidth = 1024;
constexpr int UsableHeight = 768 - 40 - 30;

void expectFits(QWidget &window, const std::string &what)
{
    EXPECT_LE(window.width(), UsableWidth) << what << " opens " << window.width() << " px wide (hint " << window.sizeHint().width() << ", least " << window.minimumSizeHint().width() << ", min " << window.minimumWidth() << ")";
    EXPECT_LE(window.height(), UsableHeight) << what << " opens " << window.height() << " px tall (hint " << window.sizeHint().height() << ", least " << window.minimumSizeHint().height() << ", min " << window.minimumHeight() << ")";
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(least.width(), UsableWidth) << what << " needs " << least.width() << " px";
    EXPECT_LE(least.height(), UsableHeight) << what << " needs " << least.height() << " px";
}

// The sample in temporary, open in window on its year, signed in as role.
void openSample(TemporaryDatabase &temporary, MainWindow &window, UserRole role)
{
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }
    window.setSignIn(signInAs(role));
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    window.setYear(SampleData::Year);
}

} // namespace

// Every window opens within, and can shrink to, a 1024×768 screen: at that size the summary (1100
// px wide) and the task editor (720 px tall) ran off it.
TEST(WindowSizesTest, EveryWindowFitsA1024By768Screen)
{
    // In Vietnamese, whose words run longer than English ones.
    ASSERT_TRUE(Translations::install(u"vi"_s));
    const auto backToEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
    TemporaryDatabase temporary;
    MainWindow window;
    openSample(temporary, window, UserRole::Administrator);
    if (HasFatalFailure())
        return;
    DatabaseSession &session = *window.session();

    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(least.width(), UsableWidth) << "the main window needs " << least.width() << " px";
    EXPECT_LE(least.height(), UsableHeight) << "the main window needs " << least.height() << " px";

    TaskEditorDialog editor(session.repositories(), &window);
    editor.setTask(*session.taskModel().taskAt(0));
    expectFits(editor, "the task editor");
    const Result<ReportData> data = ReportDataService(session.repositories()).collect(SampleData::Year);
    ASSERT_TRUE(data);
    SummaryDialog summary(*data, &window);
    expectFits(summary, "the summary");
    ReferenceDataDialog reference(session.repositories(), session.referenceData(), session.undoStack(), &window);
    expectFits(reference, "the reference data");
    AuditLogDialog audit(session.repositories(), &window);
    expectFits(audit, "the change log");
    DecisionDialog decision(DecisionDialog::Purpose::Rate, u"Việc"_s, &window);
    expectFits(decision, "the decision dialog");
    ProgressEntryDialog progress(ProgressEntryDialog::Kind::Indicator, 1, u"Việc"_s, &window);
    expectFits(progress, "the progress entry");
    UsersDialog users(session, &window);
    expectFits(users, "the accounts");
    ImportDialog import(session.services(), true, u"x.csv"_s,
                        CsvReader::parse(u"Năm,Đơn vị,Tên việc\n2022,xã Mới,Việc\n"_s), &window);
    expectFits(import, "the import");
    // The print preview, after the document's details are asked.
    bool previewed = false;
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(preview) << "no print preview opened";
            expectFits(*preview, "the print preview");
            previewed = true;
            preview->reject();
        });
        details->accept();
    });
    window.reportMenu()->preview(ReportMenu::Document::YearEnd);
    EXPECT_TRUE(previewed);
}

class TaskColumnsFitTest : public ::testing::TestWithParam<QSize>
{
};

// Was: at 1280×800 the status, progress, deadline and rating sat behind horizontal scrolling, and
// a header read "ết quả đánh gi".
TEST_P(TaskColumnsFitTest, EveryColumnAndHeaderShowsWithoutScrolling)
{
    ASSERT_TRUE(Translations::install(u"vi"_s));
    const auto backToEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
    // As on a first start: no layout left by another test.
    for (const QString &layout : {u"taskColumns3"_s, u"mainSplitter"_s, u"geometry"_s, u"windowState"_s})
        AppSettings().setLayout(layout, {});
    TemporaryDatabase temporary;
    MainWindow window;
    openSample(temporary, window, UserRole::Clerk);
    if (HasFatalFailure())
        return;
    // The screen's size less the taskbar and the window's title bar.
    window.resize(GetParam().width(), GetParam().height() - 40 - 30);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();

    auto *table = window.findChild<QTableView *>(u"taskView"_s);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << "the table scrolls sideways";
    const QHeaderView *header = table->horizontalHeader();
    for (const int column : {TaskTableModel::Kind, TaskTableModel::Owner, TaskTableModel::Status,
                             TaskTableModel::Progress, TaskTableModel::Deadline, TaskTableModel::Rating}) {
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        EXPECT_FALSE(header->isSectionHidden(column)) << text.toStdString();
        EXPECT_GE(header->sectionSize(column), header->fontMetrics().horizontalAdvance(text) + 8)
            << "the header \"" << text.toStdString() << "\" is cut";
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), table->viewport()->width())
            << text.toStdString() << " runs past the table's edge";
    }
    EXPECT_GE(header->sectionSize(TaskTableModel::Title), 100) << "the task's title has no room";
}

INSTANTIATE_TEST_SUITE_P(OfficeScreens, TaskColumnsFitTest, ::testing::Values(QSize(1280, 800), QSize(1024, 768)));
