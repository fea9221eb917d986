#include "TextFolding.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using dotpha::TextFolding;

TEST(TextFolding, DropsVietnameseDiacritics)
{
    EXPECT_EQ(TextFolding::fold(u"Mỹ Bằng"_s), u"my bang"_s);
    EXPECT_EQ(TextFolding::fold(u"Phòng Kinh tế - Hạ tầng"_s), u"phong kinh te - ha tang"_s);
    EXPECT_EQ(TextFolding::fold(u"Nghị quyết Đại hội XXIII"_s), u"nghi quyet dai hoi xxiii"_s);
}

TEST(TextFolding, MapsDStrokeToD)
{
    EXPECT_EQ(TextFolding::fold(u"Đạo Viện"_s), u"dao vien"_s);
    EXPECT_EQ(TextFolding::fold(u"đồng chí"_s), u"dong chi"_s);
}

TEST(TextFolding, TreatsComposedAndDecomposedInputAlike)
{
    const QString composed = u"Hoàng Minh Cảnh"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(composed, decomposed);
    EXPECT_EQ(TextFolding::fold(composed), TextFolding::fold(decomposed));
}

TEST(TextFolding, CollapsesAndTrimsWhitespace)
{
    EXPECT_EQ(TextFolding::fold(u"  xã \t Mỹ   Bằng \n"_s), u"xa my bang"_s);
    EXPECT_EQ(TextFolding::fold(QString()), QString());
}
