#include "DecisionDialog.h"
#include "GuiTestHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// A task not rated yet is not offered as excellent: the reviewer chooses its level, and OK without
// one says so and keeps the dialog open.
TEST(DecisionDialogTest, ARatingIsChosenNotPreselected)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Rate, u"Chuyển đổi số"_s);
    dialog.setRating(std::nullopt, QString());
    auto *rating = child<QComboBox>(dialog, u"ratingCombo"_s);
    EXPECT_EQ(rating->currentIndex(), -1);
    dialog.show();
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(child<QLabel>(dialog, u"messageLabel"_s)->isHidden());
    rating->setCurrentIndex(rating->findData(int(Rating::Completed)));
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.rating(), Rating::Completed);
}

// The example of a decision's number carries the committee's own symbol, not always "HU".
TEST(DecisionDialogTest, TheNumbersExampleCarriesTheCommitteesSymbol)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Approve, u"Chuyển đổi số"_s);
    dialog.setIssuerSymbol(u"ĐU"_s);
    const QString example = child<QLineEdit>(dialog, u"numberEdit"_s)->placeholderText();
    EXPECT_TRUE(example.contains(u"-QĐ/ĐU"_s)) << example.toStdString();
    dialog.setIssuerSymbol(QString());
    EXPECT_FALSE(child<QLineEdit>(dialog, u"numberEdit"_s)->placeholderText().contains(u"/HU"_s));
}
