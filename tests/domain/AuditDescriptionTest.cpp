#include "AuditDescription.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

// The Vietnamese locale for the duration of a test: a decimal comma.
class VietnameseNumbers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_before = QLocale();
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
    void TearDown() override { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

} // namespace

// Was: a measured value read "thêm: 47.0", with a decimal point, in the Vietnamese change log.
TEST_F(VietnameseNumbers, AMeasuredValueReadsInTheUsersNumbers)
{
    AuditEntry added;
    added.action = AuditAction::Insert;
    added.entity = u"indicator_value"_s;
    added.newValue = u"47.5"_s;
    EXPECT_TRUE(AuditDescription::change(added).endsWith(u"47,5"_s)) << AuditDescription::change(added).toStdString();
    added.newValue = u"47.0"_s;
    EXPECT_TRUE(AuditDescription::change(added).endsWith(u" 47"_s)) << AuditDescription::change(added).toStdString();

    AuditEntry target;
    target.action = AuditAction::Update;
    target.entity = u"indicator"_s;
    target.field = u"target"_s;
    target.oldValue = u"1200.5"_s;
    target.newValue = u"1500"_s;
    EXPECT_EQ(AuditDescription::change(target), u"1.200,5 \u2192 1.500"_s);
}

// A text that looks like a number stays as it was typed.
TEST_F(VietnameseNumbers, ATitleThatLooksLikeANumberIsShownAsTyped)
{
    AuditEntry renamed;
    renamed.action = AuditAction::Update;
    renamed.entity = u"task"_s;
    renamed.field = u"title"_s;
    renamed.oldValue = u"1.5"_s;
    renamed.newValue = u"2.0"_s;
    EXPECT_EQ(AuditDescription::change(renamed), u"1.5 \u2192 2.0"_s);
}
