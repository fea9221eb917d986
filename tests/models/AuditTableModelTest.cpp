#include "AuditTableModel.h"
#include "AuditRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// What is recorded while the change log is shown goes on top as new rows, the rows read before
// staying as they are (a view keeps its selection); a flood of records reads all again.
TEST(AuditTableModel, NewerRecordsAreInsertedOnTopInPlace)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TestData data(workspace->repositories());
    data.addUnit(u"xã Mỹ Bằng"_s);
    AuditTableModel model(workspace->repositories().audit);
    ASSERT_TRUE(model.reload().ok());
    // Qt 6.4's tester fails on its own fetch from inside a reset (TaskTableModelTest): it watches
    // the insertions only.
    auto tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.totalCount();
    const qint64 shownFirst = model.entryAt(0)->id;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    data.addUnit(u"xã Đạo Viện"_s);
    data.addUnit(u"xã Kim Phú"_s);
    const Result<int> added = model.addNewer();
    ASSERT_TRUE(added) << added.error().message().toStdString();
    EXPECT_EQ(*added, 2);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.totalCount(), before + 2);
    EXPECT_EQ(model.entryAt(0)->newValue.value_or(QString()), u"xã Kim Phú"_s) << "newest first";
    EXPECT_EQ(model.entryAt(2)->id, shownFirst);
    EXPECT_EQ(*model.addNewer(), 0);

    tester.reset();
    for (int i = 0; i < AuditTableModel::PageSize; ++i)
        data.addUnit(u"Đơn vị %1"_s.arg(i));
    EXPECT_EQ(*model.addNewer(), AuditTableModel::PageSize);
    EXPECT_EQ(reset.count(), 1) << "more than a page is read again";
    EXPECT_EQ(model.totalCount(), *workspace->repositories().audit.count());
}
