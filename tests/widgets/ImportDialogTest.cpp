#include "CsvReader.h"
#include "ImportDialog.h"
#include "Services.h"
#include "TaskRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

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
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
    ASSERT_TRUE(dialog.plan().has_value());
    EXPECT_EQ(dialog.plan()->newUnits.size(), 2);
    EXPECT_FALSE(import->isEnabled());   // new units need consent

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
    auto *record = dialog.findChild<QCheckBox *>(u"recordDecisionsCheck"_s);
    ASSERT_TRUE(record->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 1);
    record->setChecked(true);
    EXPECT_EQ(dialog.findChild<QListWidget *>(u"problemList"_s)->count(), 0);
    dialog.findChild<QCheckBox *>(u"createMissingCheck"_s)->setChecked(true);
    importButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(workspace->repositories().tasks.list(TaskQuery{})->first().status, TaskStatus::Approved);
}
