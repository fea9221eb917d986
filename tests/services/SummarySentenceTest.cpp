#include "SummarySentence.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

// The article's own figures for 2021 give the article's own sentence.
TEST(SummarySentence, ReproducesTheArticlesWording)
{
    YearFigures figures;
    figures.year = 2021;
    figures.assigned.unitsByKind[UnitKind::Agency] = 15;
    figures.assigned.tasks = 15;
    figures.registered.unitsByKind[UnitKind::Commune] = 26;
    figures.registered.unitsByKind[UnitKind::Township] = 2;
    figures.registered.tasks = 33;
    figures.individual = 71;
    figures.peopleWithTasks = 71;
    EXPECT_EQ(SummarySentence::compose(figures, u"Huyện ủy Yên Sơn"_s),
              u"Năm 2021, Ban Thường vụ Huyện ủy Yên Sơn đã giao nhiệm vụ đột phá, đổi mới cho 15 cơ quan; "
              "28 xã, thị trấn đã đăng ký thực hiện 33 việc đột phá, đổi mới của tập thể; 71 đồng chí là người "
              "đứng đầu, người chủ trì các cơ quan, đơn vị đăng ký 71 việc của cá nhân."_s);
}

TEST(SummarySentence, LeavesOutEmptyPartsAndGroupsThousands)
{
    YearFigures figures;
    figures.year = 2026;
    figures.registered.unitsByKind[UnitKind::Ward] = 1200;
    figures.registered.tasks = 1500;
    EXPECT_EQ(SummarySentence::compose(figures, u"Đảng ủy phường"_s),
              u"Năm 2026, 1.200 phường đã đăng ký thực hiện 1.500 việc đột phá, đổi mới của tập thể."_s);
}

TEST(SummarySentence, SaysWhenThereIsNothing)
{
    YearFigures figures;
    figures.year = 2030;
    EXPECT_EQ(SummarySentence::compose(figures, QString()), u"Năm 2030 chưa có việc đột phá, đổi mới nào được đăng ký."_s);
}

TEST(SummarySentence, MentionsTaskCountWhenAgenciesHaveSeveral)
{
    YearFigures figures;
    figures.year = 2021;
    figures.assigned.unitsByKind[UnitKind::Agency] = 2;
    figures.assigned.tasks = 3;
    EXPECT_TRUE(SummarySentence::compose(figures, u"Huyện ủy"_s).contains(u"cho 2 cơ quan (3 việc)"_s));
}

// A committee not named yet leaves no gap: "Ban Thường vụ đã giao", not "Ban Thường vụ  đã giao".
TEST(SummarySentence, AnUnnamedCommitteeLeavesNoDoubleSpace)
{
    YearFigures figures;
    figures.year = 2026;
    figures.assigned.unitsByKind[UnitKind::Agency] = 2;
    figures.assigned.tasks = 2;
    for (const QString &name : {QString(), u"  "_s}) {
        const QString sentence = SummarySentence::compose(figures, name);
        EXPECT_FALSE(sentence.contains(u"  "_s)) << sentence.toStdString();
        EXPECT_TRUE(sentence.startsWith(u"Năm 2026, Ban Thường vụ đã giao nhiệm vụ"_s)) << sentence.toStdString();
    }
}
