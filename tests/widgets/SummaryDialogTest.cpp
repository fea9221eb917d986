#include "ReportDataService.h"
#include "SampleData.h"
#include "SummaryDialog.h"
#include "TemporaryDatabase.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The values at which an axis draws its ticks.
QList<double> ticksOf(const QValueAxis &axis)
{
    QList<double> ticks;
    if (axis.tickType() == QValueAxis::TicksDynamic) {
        for (double tick = axis.tickAnchor(); tick <= axis.max() + 1e-9; tick += axis.tickInterval())
            ticks << tick;
        return ticks;
    }
    for (int i = 0; i < axis.tickCount(); ++i)
        ticks << axis.min() + i * (axis.max() - axis.min()) / (axis.tickCount() - 1);
    return ticks;
}

} // namespace

// A count axis ticks at whole numbers only (0 0 1 1 2 read as nonsense); the progress axis runs
// from 0 to 100 % and says so.
TEST(SummaryDialogTest, CountAxesTickAtWholeNumbersAndTheProgressAxisReadsPercent)
{
    TemporaryDatabase temporary;
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    const Result<ReportData> data = ReportDataService(workspace->repositories()).collect(SampleData::Year);
    ASSERT_TRUE(data);
    SummaryDialog dialog(*data);
    const QList<QChartView *> views = dialog.findChildren<QChartView *>();
    ASSERT_EQ(views.size(), 4);
    int percentAxes = 0;
    for (const QChartView *view : views) {
        const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
        ASSERT_EQ(axes.size(), 1);
        const auto *axis = qobject_cast<const QValueAxis *>(axes.constFirst());
        ASSERT_TRUE(axis);
        if (axis->labelFormat().contains(u'%' + QString(u'%'))) {
            ++percentAxes;
            EXPECT_EQ(axis->min(), 0);
            EXPECT_EQ(axis->max(), 100);
            continue;
        }
        for (const double tick : ticksOf(*axis))
            EXPECT_EQ(tick, std::round(tick)) << view->chart()->title().toStdString();
    }
    EXPECT_EQ(percentAxes, 1);
}
