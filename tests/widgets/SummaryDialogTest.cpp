#include "BarChartView.h"
#include "ChartScale.h"
#include "ReportDataService.h"
#include "SampleData.h"
#include "SummaryDialog.h"
#include "TemporaryDatabase.h"

#include <QImage>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

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
    const QList<BarChartView *> views = dialog.findChildren<BarChartView *>();
    ASSERT_EQ(views.size(), 4);
    int percentAxes = 0;
    for (const BarChartView *view : views) {
        const ChartScale &scale = view->scale();
        if (scale.kind() == ChartScale::Kind::Percent) {
            ++percentAxes;
            EXPECT_EQ(scale.ticks().constFirst(), 0);
            EXPECT_EQ(scale.ticks().constLast(), 100);
            EXPECT_TRUE(scale.label(100).endsWith(u"%"_s)) << scale.label(100).toStdString();
            continue;
        }
        for (const double tick : scale.ticks())
            EXPECT_EQ(tick, std::round(tick)) << view->title().toStdString();
        for (const auto &bar : view->bars())
            EXPECT_LE(bar.second, scale.maximum()) << view->title().toStdString();
        EXPECT_LE(scale.ticks().size(), 7) << view->title().toStdString();
    }
    EXPECT_EQ(percentAxes, 1);
}

TEST(ChartScale, StepsOfOneTwoOrFiveTimesAPowerOfTen)
{
    EXPECT_EQ(ChartScale::of(2, ChartScale::Kind::Count).ticks(), (QList<double>{0, 1, 2, 3}));
    EXPECT_EQ(ChartScale::of(0, ChartScale::Kind::Count).ticks(), (QList<double>{0, 1}));
    EXPECT_EQ(ChartScale::of(33, ChartScale::Kind::Count).step(), 10);
    EXPECT_EQ(ChartScale::of(600, ChartScale::Kind::Count).maximum(), 800);   // 690 wanted, steps of 200
    EXPECT_EQ(ChartScale::of(1234, ChartScale::Kind::Count).label(1234), u"1.234"_s);   // the test locale's
}

// The chart is drawn, not left blank: its bars in the reports' colour.
TEST(BarChartView, PaintsItsBars)
{
    BarChartView view(u"Việc theo trạng thái"_s, {{u"Đã phê duyệt"_s, 7}, {u"Chờ phê duyệt"_s, 2}},
                      ChartScale::Kind::Count);
    view.resize(view.sizeHint());
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.render(&image);
    int barPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            barPixels += image.pixelColor(x, y) == QColor(0x9a, 0x1b, 0x1b) ? 1 : 0;
    }
    EXPECT_GT(barPixels, 500);
}
