#include "VietnameseCollator.h"

#include <QStringList>

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

TEST(VietnameseCollator, SortsDStrokeAfterDAndAccentsWithTheirLetter)
{
    QStringList names = {u"Đức"_s, u"Hải"_s, u"Ân"_s, u"Dũng"_s, u"Bình"_s, u"An"_s, u"Đạo"_s, u"Ă"_s, u"Zô"_s};
    std::sort(names.begin(), names.end(), dotpha::VietnameseCollator());
    // Plain QString order would put every accented capital after "Z".
    EXPECT_EQ(names, (QStringList{u"An"_s, u"Ă"_s, u"Ân"_s, u"Bình"_s, u"Dũng"_s, u"Đạo"_s, u"Đức"_s, u"Hải"_s, u"Zô"_s}));
}

TEST(VietnameseCollator, IgnoresCaseAndOrdersNumbersNumerically)
{
    const dotpha::VietnameseCollator collator;
    EXPECT_EQ(collator.compare(u"xã mỹ bằng"_s, u"Xã Mỹ Bằng"_s), 0);
    EXPECT_TRUE(collator(u"Thôn 2"_s, u"Thôn 10"_s));
}

TEST(VietnameseCollator, SortKeysCompareBytewiseInVietnameseOrder)
{
    const QStringList ordered = {u"An"_s, u"Ă"_s, u"Ân"_s, u"Bình"_s, u"Dũng"_s, u"Đạo"_s, u"Đức"_s, u"Hải"_s, u"Zô"_s};
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QByteArray before = dotpha::VietnameseCollator::sortKey(ordered.at(i - 1));
        const QByteArray after = dotpha::VietnameseCollator::sortKey(ordered.at(i));
        EXPECT_LT(before, after) << ordered.at(i - 1).toStdString() << " / " << ordered.at(i).toStdString();
    }
    EXPECT_FALSE(dotpha::VietnameseCollator::sortKey(u"Mỹ Bằng"_s).isEmpty());
}
