#include "DecisionKind.h"
#include "Rating.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QSet>

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

template <typename Enum>
void expectRoundTripAndUniqueCodes()
{
    QSet<QString> seen;
    for (const Enum value : allValues<Enum>()) {
        const QString code = toCode(value);
        EXPECT_FALSE(code.isEmpty());
        EXPECT_FALSE(seen.contains(code)) << code.toStdString();
        seen.insert(code);
        EXPECT_EQ(fromCode<Enum>(code), value);
    }
}

TEST(EnumCodes, EveryValueHasAUniqueCodeThatReadsBack)
{
    expectRoundTripAndUniqueCodes<UnitKind>();
    expectRoundTripAndUniqueCodes<TaskStatus>();
    expectRoundTripAndUniqueCodes<Rating>();
    expectRoundTripAndUniqueCodes<DecisionKind>();
}

TEST(EnumCodes, CodesAreTheStoredWords)
{
    // These words are in every database file written so far: changing one breaks old files.
    EXPECT_EQ(toCode(UnitKind::PartyOrganisation), u"party_organisation"_s);
    EXPECT_EQ(toCode(TaskStatus::Submitted), u"submitted"_s);
    EXPECT_EQ(toCode(Rating::NotCompleted), u"not_completed"_s);
}

TEST(EnumCodes, UnknownCodeIsRejected)
{
    EXPECT_FALSE(fromCode<TaskStatus>(u"finished"_s).has_value());
    EXPECT_FALSE(fromCode<TaskStatus>(u""_s).has_value());
}
