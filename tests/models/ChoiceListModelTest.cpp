#include "ChoiceListModel.h"
#include "QtPrinters.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using dotpha::ChoiceListModel;

TEST(ChoiceListModel, SortsInVietnameseOrderAndFoldsForCompletion)
{
    ChoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChoices({{3, u"xã Đạo Viện"_s}, {1, u"xã Mỹ Bằng"_s}, {2, u"xã Dân Chủ"_s}});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data().toString(), u"xã Dân Chủ"_s);
    EXPECT_EQ(model.index(1).data().toString(), u"xã Đạo Viện"_s);
    EXPECT_EQ(model.index(1).data(ChoiceListModel::FoldedTextRole).toString(), u"xa dao vien"_s);
    EXPECT_EQ(model.rowOf(1), 2);
    EXPECT_EQ(model.idAt(0), 2);
    EXPECT_EQ(model.rowOf(99), -1);
}
