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

// Windows opens a device for these names, whatever their extension.
TEST(AttachmentNameTest, ADeviceNameOfWindowsIsNoLongerOne)
{
    EXPECT_EQ(copyNameOf(u"CON"_s), u"_CON"_s);
    EXPECT_EQ(copyNameOf(u"nul.pdf"_s), u"_nul.pdf"_s);
    EXPECT_EQ(copyNameOf(u"LPT1.txt"_s), u"_LPT1.txt"_s);
    EXPECT_EQ(copyNameOf(u"CONSOLE.pdf"_s), u"CONSOLE.pdf"_s);
}

// Cut to a length Windows takes, the name keeps no dot or space at its end.
TEST(AttachmentNameTest, ALongNameIsCutAndStillEndsInALetter)
{
    const QString cut = copyNameOf(QString(199, u'a') + u" .pdf"_s);
    EXPECT_EQ(cut, QString(199, u'a'));
}

// A name is printed to terminals by `attachments` and `check`: a newline in it would forge a line
// of the listing, an escape sequence would drive the terminal.
TEST(AttachmentNameTest, APrintableNameShowsControlCharactersAsEscapes)
{
    Attachment attachment;
    attachment.fileName = u"Quyết định.pdf"_s;
    EXPECT_EQ(attachment.printableName(), u"Quyết định.pdf"_s);
    attachment.fileName = u"a\nb\r\tc\u001b[31md\u007f\u009be\u202Ef\\g.pdf"_s;
    EXPECT_EQ(attachment.printableName(), u"a\\nb\\r\\tc\\x1b[31md\\x7f\\x9be\\u202ef\\\\g.pdf"_s);
}
