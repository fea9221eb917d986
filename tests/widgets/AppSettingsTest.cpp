#include "AppSettings.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

// What the user said an import's values mean comes back as it was said, a value of punctuation
// only ("-", whose key is empty) included.
TEST(AppSettings, KeepsTheImportValueMappingForTheNextImport)
{
    RegistrationPlanner::ValueMapping mapping;
    mapping[RegistrationColumns::Nature].insert(u"trong tam"_s, u"Đột phá"_s);
    mapping[RegistrationColumns::Nature].insert(QString(), u"Việc mới"_s);
    mapping[RegistrationColumns::Origin].insert(u"tinh giao"_s, u"Được giao"_s);
    AppSettings().setImportValueMapping(mapping);
    EXPECT_EQ(AppSettings().importValueMapping(), mapping);
    AppSettings().setImportValueMapping({});
    EXPECT_TRUE(AppSettings().importValueMapping().isEmpty());
}

// A server's address comes back as it was given, where a file's path is cleaned ("//" kept).
TEST(AppSettings, RemembersAServersAddressAsItWasGiven)
{
    const QString address = u"postgresql://may-chu/dotpha"_s;
    AppSettings().rememberDatabase(address);
    EXPECT_EQ(AppSettings().lastDatabase(), address);
    EXPECT_EQ(AppSettings().recentFiles().value(0), address);
    AppSettings().forgetDatabase(address);
    EXPECT_FALSE(AppSettings().recentFiles().contains(address));
}
