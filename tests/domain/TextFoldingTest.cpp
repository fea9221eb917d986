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

// The table fold() uses gives, for every letter it knows, alone and among others, what the
// definition gives.
TEST(TextFolding, TheTableAgreesWithTheDefinition)
{
    QString every;
    for (char16_t c = 0x20; c < 0x250; ++c)
        every += QChar(c);
    for (char16_t c = 0x1E00; c < 0x1F00; ++c)
        every += QChar(c);
    for (const QChar c : every)
        EXPECT_EQ(TextFolding::fold(QString(c)), TextFolding::foldByDecomposition(QString(c))) << int(c.unicode());
    EXPECT_EQ(TextFolding::fold(every), TextFolding::foldByDecomposition(every));
    const QString vietnamese = QStringLiteral("  Xây dựng  ĐẢNG BỘ xã Mỹ Bằng\tnăm 2021: “đô thị loại V” ");
    EXPECT_EQ(TextFolding::fold(vietnamese), TextFolding::foldByDecomposition(vietnamese));
    const QString decomposed = vietnamese.normalized(QString::NormalizationForm_D);
    EXPECT_EQ(TextFolding::fold(decomposed), TextFolding::foldByDecomposition(decomposed));
    const QString other = QStringLiteral("Ελληνικά и кириллица 漢字 ﬁ");   // outside the table: the definition
    EXPECT_EQ(TextFolding::fold(other), TextFolding::foldByDecomposition(other));
}
