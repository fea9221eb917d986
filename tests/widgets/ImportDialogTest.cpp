#include "AppSettings.h"
#include "CsvReader.h"
#include "ImportDialog.h"
#include "Services.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "VietnameseTerms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

QPushButton *importButton(ImportDialog &dialog)
{
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button); push && !push->text().contains(u"Cancel"_s))
            return push;
    }
    return nullptr;
}

// The rows are checked on a worker thread: waits for the check to end. The guard is against a
// check that never ends, not a measure of speed.
void waitForPlan(ImportDialog &dialog)
{
    if (!dialog.isPlanning())
        return;
    QEventLoop loop;
    QObject::connect(&dialog, &ImportDialog::planningFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, [&] {
        ADD_FAILURE() << "the check of the rows did not end";
        loop.quit();
    });
    loop.exec();
}

QComboBox *meaningOfValue(ImportDialog &dialog, int row)
{
    return qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>(u"valueTable"_s)->cellWidget(row, 3));
}

} // namespace

TEST(ImportDialog, MapsAnUnrecognisedColumnAsksBeforeCreatingUnitsThenImports)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    // "Tên công việc" is not a header Dotpha knows: the user says it holds the title.
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Tên công việc\n"
                                                      "2022,xã Mỹ Bằng,,Đô thị loại V\n"
                                                      "2022,xã Đạo Viện,,Đất công ích\n"_s);
    Services services(workspace->repositories());
    ImportDialog dialog(services, false, u"dang-ky.csv"_s, table);
    waitForPlan(dialog);
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(u"recordDecisionsCheck"_s)->isVisibleTo(&dialog));
    QPushButton *import = importButton(dialog);
    ASSERT_TRUE(import);
    EXPECT_FALSE(import->isEnabled());   // both rows lack a title as read
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 2);

    auto *mapping = dialog.findChild<QTableWidget *>(u"mappingTable"_s);
    ASSERT_EQ(mapping->rowCount(), 4);
    EXPECT_EQ(mapping->item(3, 2)->text(), u"Đô thị loại V | Đất công ích"_s);   // preview
    auto *titleColumn = qobject_cast<QComboBox *>(mapping->cellWidget(2, 1));
    auto *otherColumn = qobject_cast<QComboBox *>(mapping->cellWidget(3, 1));
    titleColumn->setCurrentIndex(0);   // ignore the empty one
    otherColumn->setCurrentIndex(otherColumn->findData(int(RegistrationColumns::Title)));
    waitForPlan(dialog);
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
    ASSERT_TRUE(dialog.plan().has_value());
    EXPECT_EQ(dialog.plan()->newUnits.size(), 2);
    EXPECT_FALSE(import->isEnabled());   // new units need consent
    // and says so, naming the box to tick (was: a disabled button beside "2 rows can be imported")
    const QString tick = dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->text().remove(u'&');
    EXPECT_TRUE(import->toolTip().contains(tick)) << import->toolTip().toStdString();
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(tick));

    dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);
    ASSERT_TRUE(import->isEnabled());
    import->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.importedCount(), 2);
    EXPECT_EQ(*workspace->repositories().tasks.count(TaskQuery{}), 2);
}

// A file reporting approvals is refused row by row, unless an administrator ticks that the
// decisions be recorded under their name.
TEST(ImportDialog, AnAdministratorMayRecordTheDecisionsAFileReports)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Trạng thái\n"
                                                      "2022,xã Mỹ Bằng,Đô thị loại V,Đã phê duyệt\n"_s);
    Services services(workspace->repositories());
    ImportDialog dialog(services, true, u"dang-ky.csv"_s, table);
    waitForPlan(dialog);
    auto *record = dialog.findChild<QCheckBox *>(u"recordDecisionsCheck"_s);
    ASSERT_TRUE(record->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 1);
    record->setChecked(true);
    waitForPlan(dialog);
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
    dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);
    waitForPlan(dialog);
    importButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(workspace->repositories().tasks.list(TaskQuery{})->first().status, TaskStatus::Approved);
}

// A value written in the office's own words is listed with its count; the user says which of
// ours it means, the rows import with it, and the next import of such a file knows it.
TEST(ImportDialog, ListsAFilesOwnValuesImportsThemAsChosenAndRemembersTheChoice)
{
    AppSettings().setImportValueMapping({});
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Tính chất\n"
                                                      "2022,xã Mỹ Bằng,Đô thị loại V,Trọng tâm\n"
                                                      "2022,xã Mỹ Bằng,Đất công ích,TRỌNG TÂM\n"
                                                      "2022,xã Đạo Viện,Chợ đêm,Đột phá\n"_s);
    Services services(workspace->repositories());
    {
        ImportDialog dialog(services, false, u"dang-ky.csv"_s, table);
        waitForPlan(dialog);
        auto *values = dialog.findChild<QTableWidget *>(u"valueTable"_s);
        ASSERT_TRUE(values->isVisibleTo(&dialog));
        ASSERT_EQ(values->rowCount(), 1);
        EXPECT_EQ(values->item(0, 0)->text(), u"Tính chất"_s);
        EXPECT_EQ(values->item(0, 1)->text(), u"Trọng tâm"_s);
        EXPECT_EQ(values->item(0, 2)->text(), u"2"_s);
        EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 2);

        QComboBox *means = meaningOfValue(dialog, 0);
        ASSERT_TRUE(means);
        const int breakthrough = means->findData(VietnameseTerms::word(TaskNature::Breakthrough));
        ASSERT_GT(breakthrough, 0);
        means->setCurrentIndex(breakthrough);
        emit means->activated(breakthrough);
        waitForPlan(dialog);
        EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
        ASSERT_EQ(values->rowCount(), 1);   // still listed, with what it was said to mean
        EXPECT_EQ(meaningOfValue(dialog, 0)->currentData().toString(), VietnameseTerms::word(TaskNature::Breakthrough));

        dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);
        waitForPlan(dialog);
        importButton(dialog)->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.importedCount(), 3);
    }
    for (const Task &task : *workspace->repositories().tasks.list(TaskQuery{}))
        EXPECT_EQ(task.nature, TaskNature::Breakthrough) << task.title.toStdString();

    const QList<QStringList> next = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Tính chất\n"
                                                     "2023,xã Mỹ Bằng,Đường hoa,trọng tâm\n"_s);
    ImportDialog again(services, false, u"dang-ky-2023.csv"_s, next);
    waitForPlan(again);
    EXPECT_EQ(again.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
    ASSERT_TRUE(again.plan().has_value());
    EXPECT_EQ(again.plan()->rows.value(0).task.nature, TaskNature::Breakthrough);
    AppSettings().setImportValueMapping({});
}

// Checking a long file can be stopped: nothing can then be imported until it is checked again.
TEST(ImportDialog, StoppingTheCheckLeavesNothingToImportUntilCheckedAgain)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    // Long enough that its check, some seconds, is still going when the button is clicked.
    QList<QStringList> table{{u"Năm"_s, u"Đơn vị"_s, u"Tên việc"_s}};
    for (int i = 0; i < 300000; ++i)
        table << QStringList{u"2022"_s, u"Xã Mỹ Bằng"_s, u"Việc %1"_s.arg(i)};
    Services services(workspace->repositories());
    ImportDialog dialog(services, false, u"dang-ky.csv"_s, table);
    ASSERT_TRUE(dialog.isPlanning());
    dialog.findChild<QPushButton *>(u"stopPlanningButton"_s)->click();
    waitForPlan(dialog);
    EXPECT_FALSE(dialog.plan().has_value());
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);

    dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);   // consent alone checks nothing
    EXPECT_FALSE(dialog.isPlanning());
    auto *checkAgain = dialog.findChild<QPushButton *>(u"checkAgainButton"_s);
    ASSERT_TRUE(checkAgain->isVisibleTo(&dialog));
    checkAgain->click();
    EXPECT_TRUE(dialog.isPlanning());
    EXPECT_FALSE(checkAgain->isVisibleTo(&dialog));
    auto *title = qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>(u"mappingTable"_s)->cellWidget(2, 1));
    title->setCurrentIndex(0);   // a column's meaning changed: the rows are checked again, the older check dropped
    EXPECT_TRUE(dialog.isPlanning());
}

// Scrolling the list of values with the mouse wheel scrolls it; it does not change the choice
// under the pointer (which would be remembered for every later import).
TEST(ImportDialog, TheWheelOverAChoiceNotFocusedLeavesItAlone)
{
    AppSettings().setImportValueMapping({});
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    const QList<QStringList> table = CsvReader::parse(u"Năm,Đơn vị,Tên việc,Tính chất\n"
                                                      "2022,xã Mỹ Bằng,Đô thị loại V,Trọng tâm\n"_s);
    Services services(workspace->repositories());
    ImportDialog dialog(services, false, u"dang-ky.csv"_s, table);
    waitForPlan(dialog);
    QComboBox *means = meaningOfValue(dialog, 0);
    ASSERT_TRUE(means);
    ASSERT_EQ(means->currentIndex(), 0);
    ASSERT_FALSE(means->hasFocus());
    QWheelEvent wheel(QPointF(5, 5), means->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(means, &wheel);
    EXPECT_EQ(means->currentIndex(), 0);
    EXPECT_FALSE(dialog.isPlanning());
    EXPECT_TRUE(AppSettings().importValueMapping().isEmpty());
}
