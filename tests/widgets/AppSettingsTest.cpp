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
