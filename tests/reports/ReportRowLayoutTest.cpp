#include "ReportRowLayout.h"

#include "DocumentCanvas.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

// Was: a row given exactly the height it measured could leave its last line for the next page,
// its height and its room computed apart in floating point ("1.2 mm" of padding is no exact
// number of dots), so that a row which fits was split. Every number of lines, at the PDF's 300
// dots per inch and the printer's 1200.
TEST(ReportRowLayout, ARowGivenItsOwnHeightIsPaintedWhole)
{
    for (const int resolution : {300, 1200}) {
        QBuffer sink;
        ASSERT_TRUE(sink.open(QIODevice::WriteOnly));
        QPdfWriter writer(&sink);
        writer.setResolution(resolution);
        QPainter painter(&writer);
        QFont font(DocumentCanvas::fontFamily());
        font.setPointSizeF(10);
        const qreal padding = 1.2 / 25.4 * resolution;
        for (int lines = 1; lines <= 40; ++lines) {
            QStringList text;
            for (int line = 0; line < lines; ++line)
                text << u"dòng %1"_s.arg(line + 1);
            ReportRowLayout row({{text.join(QChar::LineSeparator), 0, 1000.0 * resolution / 300, Qt::AlignLeft}},
                                font, &writer, padding);
            const qreal height = row.remainingHeight();
            EXPECT_DOUBLE_EQ(row.paintSlice(painter, 0, height), height) << lines << " lines at " << resolution;
            EXPECT_TRUE(row.isDone()) << lines << " lines at " << resolution << " dpi were split";
        }
    }
}
