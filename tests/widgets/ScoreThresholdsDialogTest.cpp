#include "GuiTestHelpers.h"
#include "ScoreThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// The committee's thresholds open as they are; out of order they are refused with a word and the
// dialog stays open; in order they are what the dialog gives.
TEST(ScoreThresholdsDialogTest, ThresholdsOutOfOrderAreRefusedAndInOrderGiven)
{
    ScoreThresholdsDialog dialog(ScoreThresholds{});
    EXPECT_EQ(child<QSpinBox>(dialog, u"excellentSpin"_s)->value(), 90);
    EXPECT_EQ(child<QSpinBox>(dialog, u"goodSpin"_s)->value(), 70);
    EXPECT_EQ(child<QSpinBox>(dialog, u"completedSpin"_s)->value(), 50);
    dialog.show();
    child<QSpinBox>(dialog, u"goodSpin"_s)->setValue(90);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(child<QLabel>(dialog, u"messageLabel"_s)->isHidden());
    child<QSpinBox>(dialog, u"excellentSpin"_s)->setValue(95);
    child<QSpinBox>(dialog, u"completedSpin"_s)->setValue(60);
    ok->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.thresholds(), (ScoreThresholds{95, 90, 60}));
}
