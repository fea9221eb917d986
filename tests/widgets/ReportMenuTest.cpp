#include "SignInAs.h"
#include "AppSettings.h"
#include "AuditRepository.h"
#include "DatabaseSession.h"
#include "DocumentDetailsDialog.h"
#include "MainWindow.h"
#include "PrintableDocument.h"
#include "PromptScript.h"
#include "ReportMenu.h"
#include "SampleData.h"
#include "SummaryDialog.h"
#include "TemporaryDatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class ReportMenuTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
        workspace.reset();
        window.setSignIn(signInAs(UserRole::Clerk));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        window.setYear(SampleData::Year);
    }

    TemporaryDatabase temporary;
    MainWindow window;
};

TEST_F(ReportMenuTest, PrintPreviewShowsTheYearEndReportsPages)
{
    int pages = 0;
    QString title;
    // First the document's number and date, then the preview.
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        details->findChild<QLineEdit *>(u"numberEdit"_s)->setText(u"10"_s);
        QTimer::singleShot(0, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(preview) << "no print preview opened";
        title = preview->windowTitle();
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        ASSERT_TRUE(widget);
        pages = widget->pageCount();
        preview->reject();
        });
        details->accept();
    });
    window.reportMenu()->preview(ReportMenu::Document::YearEnd);
    EXPECT_GE(pages, 2);
    EXPECT_EQ(title, u"Báo cáo kết quả thực hiện việc đột phá, đổi mới năm 2021"_s);
}

TEST_F(ReportMenuTest, SummaryShowsTheSentenceAndFourCharts)
{
    int charts = 0;
    QTimer::singleShot(0, [&] {
        auto *summary = qobject_cast<SummaryDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(summary) << "no summary opened";
        charts = summary->chartCount();
        summary->reject();
    });
    window.reportMenu()->showSummary();
    EXPECT_EQ(charts, 4);
}

TEST_F(ReportMenuTest, TheTaskSheetNeedsASelectedTask)
{
    EXPECT_TRUE(window.currentTask().has_value());
    EXPECT_TRUE(window.reportMenu()->makeDocument(ReportMenu::Document::TaskSheet) != nullptr);
}

// The previewed document is exported from the preview as it is: its number and signer are not
// asked a second time.
TEST_F(ReportMenuTest, ThePreviewExportsItsDocumentWithoutAskingAgain)
{
    const QString path = QDir(temporary.path()).absolutePath() + u".bao-cao.pdf"_s;
    int detailsAsked = 0;
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        ++detailsAsked;
        details->findChild<QLineEdit *>(u"numberEdit"_s)->setText(u"10"_s);
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(preview) << "no print preview opened";
            auto *exportAction = preview->findChild<QAction *>(u"exportPdfAction"_s);
            ASSERT_TRUE(exportAction);
            QTimer::singleShot(0, [&] {
                QWidget *asked = QApplication::activeModalWidget();
                if (qobject_cast<DocumentDetailsDialog *>(asked))
                    ++detailsAsked;
                auto *files = qobject_cast<QFileDialog *>(asked);
                ASSERT_TRUE(files) << "no file asked for";
                files->selectFile(path);
                QMetaObject::invokeMethod(files, "accept");
            });
            exportAction->trigger();
            preview->reject();
        });
        details->accept();
    });
    window.reportMenu()->preview(ReportMenu::Document::YearEnd);
    EXPECT_EQ(detailsAsked, 1);
    EXPECT_TRUE(QFileInfo(path).size() > 1000) << path.toStdString();
    QFile::remove(path);
}

// Reports ▸ Print tasks due and overdue asks the document's number, then previews the list.
// Was: the due list mixed every open year ("1.802 ngày" overdue tasks of 2021 in a 2026 document),
// with no year or days to choose. It asks both, the year shown and "Due soon"'s days first.
TEST_F(ReportMenuTest, TheDueListIsPreviewedFromTheMenu)
{
    QString title;
    int pages = 0;
    QString yearOffered;
    int daysOffered = 0;
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        auto *year = details->findChild<QComboBox *>(u"dueYearCombo"_s);
        auto *days = details->findChild<QSpinBox *>(u"dueDaysSpin"_s);
        ASSERT_TRUE(year && days);
        EXPECT_TRUE(year->isVisibleTo(details) && days->isVisibleTo(details));
        yearOffered = year->currentText();
        daysOffered = days->value();
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(preview) << "no print preview opened";
            title = preview->windowTitle();
            pages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
            preview->reject();
        });
        details->accept();
    });
    auto *action = window.reportMenu()->findChild<QAction *>(u"printDueListAction"_s);
    ASSERT_TRUE(action);
    action->trigger();
    EXPECT_TRUE(yearOffered.contains(QString::number(SampleData::Year))) << yearOffered.toStdString();
    EXPECT_EQ(daysOffered, AppSettings().dueWithinDays());
    EXPECT_EQ(title, u"Danh sách các việc đột phá, đổi mới đến hạn và quá hạn năm %1"_s.arg(SampleData::Year));
    EXPECT_GE(pages, 1);
}

// Reports ▸ Print the six-month review asks the day its figures are taken on, 30 June first.
TEST_F(ReportMenuTest, TheSixMonthReviewAsksTheDayOfItsFigures)
{
    QString title;
    QDate suggested;
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        auto *asOf = details->findChild<QDateEdit *>(u"asOfEdit"_s);
        ASSERT_TRUE(asOf);
        EXPECT_TRUE(asOf->isVisible());
        suggested = asOf->date();
        asOf->setDate(QDate(2021, 7, 15));
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(preview) << "no print preview opened";
            title = preview->windowTitle();
            preview->reject();
        });
        details->accept();
    });
    auto *action = window.reportMenu()->findChild<QAction *>(u"printSixMonthAction"_s);
    ASSERT_TRUE(action);
    action->trigger();
    EXPECT_EQ(suggested, QDate(2021, 6, 30));
    EXPECT_EQ(title, u"Báo cáo sơ kết 6 tháng đầu năm 2021 thực hiện việc đột phá, đổi mới"_s);
}

// The other documents do not ask it.
TEST_F(ReportMenuTest, OnlyAReviewAsksTheDayOfItsFigures)
{
    bool asked = true;
    QTimer::singleShot(0, [&] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        asked = details->findChild<QDateEdit *>(u"asOfEdit"_s)->isVisible();
        details->reject();
    });
    window.reportMenu()->preview(ReportMenu::Document::YearEnd);
    EXPECT_FALSE(asked);
}

// The seal printed on an exported report is remembered for the database, for File ▸ Restore a
// backup to ask for it.
TEST_F(ReportMenuTest, AnExportedReportsSealIsRememberedForItsDatabase)
{
    const QString path = QDir(temporary.path()).absolutePath() + u".bao-cao.pdf"_s;
    PromptScript script;
    script.answerFile(path);
    QTimer::singleShot(0, [] {
        auto *details = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(details) << "no document details asked";
        details->accept();
    });
    window.reportMenu()->exportPdf(ReportMenu::Document::YearEnd);
    ASSERT_TRUE(QFileInfo::exists(path));
    const Result<std::optional<AuditHead>> head = window.session()->repositories().audit.head();
    ASSERT_TRUE(head && head->has_value());
    EXPECT_EQ(AppSettings().printedSeal(temporary.path()), (*head)->code());
    QFile::remove(path);
}
