#include "Attachment.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QString copyNameOf(const QString &stored)
{
    Attachment attachment;
    attachment.id = 7;
    attachment.fileName = stored;
    return attachment.nameForCopy();
}

} // namespace

TEST(AttachmentNameTest, AnOrdinaryNameIsKept)
{
    EXPECT_EQ(copyNameOf(u"Quyết định 15-QĐ.HU.pdf"_s), u"Quyết định 15-QĐ.HU.pdf"_s);
}

// A name written into the database by hand must not take a copy out of its folder.
TEST(AttachmentNameTest, ANameThatClimbsOutOfItsFolderKeepsOnlyItsLastPart)
{
    EXPECT_EQ(copyNameOf(u"../../AppData/Roaming/Startup/x.bat"_s), u"x.bat"_s);
    EXPECT_EQ(copyNameOf(u"..\\..\\Startup\\x.bat"_s), u"x.bat"_s);
    EXPECT_EQ(copyNameOf(u".."_s), u"tep-7"_s);
    EXPECT_EQ(copyNameOf(u"C:evil.txt"_s), u"C_evil.txt"_s);
    EXPECT_EQ(copyNameOf(u"a<b>|c?.pdf "_s), u"a_b__c_.pdf"_s);
    EXPECT_EQ(copyNameOf(u".hidden"_s), u"hidden"_s);
}
