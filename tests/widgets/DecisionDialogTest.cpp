#include "DecisionDialog.h"
#include "GuiTestHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

// A task not rated yet is not offered as excellent: the reviewer chooses its level, and OK without
// one says so and keeps the dialog open.
TEST(DecisionDialogTest, ARatingIsChosenNotPreselected)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Rate, u"Chuyển đổi số"_s);
    dialog.setRating(std::nullopt, std::nullopt, QString());
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

// A score suggests its level from the committee's thresholds, at their very edges; the reviewer
// may choose another level, and it is the one kept, beside the score.
TEST(DecisionDialogTest, AScoreSuggestsItsLevelAndTheReviewerChooses)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Rate, u"Chuyển đổi số"_s);
    dialog.setScoreThresholds({85, 65, 45});
    dialog.setRating(std::nullopt, std::nullopt, QString());
    auto *score = child<QSpinBox>(dialog, u"scoreSpin"_s);
    auto *suggestion = child<QLabel>(dialog, u"suggestionLabel"_s);
    EXPECT_EQ(dialog.score(), std::nullopt);
    const QList<std::pair<int, Rating>> edges = {{100, Rating::Excellent}, {85, Rating::Excellent},
                                                 {84, Rating::Good},        {65, Rating::Good},
                                                 {64, Rating::Completed},   {45, Rating::Completed},
                                                 {44, Rating::NotCompleted}, {0, Rating::NotCompleted}};
    for (const auto &[points, level] : edges) {
        score->setValue(points);
        EXPECT_EQ(dialog.rating(), level) << points;
        EXPECT_FALSE(suggestion->isHidden());
    }
    score->setValue(84);
    EXPECT_TRUE(suggestion->text().contains(u"65"_s)) << suggestion->text().toStdString();
    EXPECT_TRUE(suggestion->text().contains(u"84"_s)) << suggestion->text().toStdString();

    auto *rating = child<QComboBox>(dialog, u"ratingCombo"_s);
    rating->setCurrentIndex(rating->findData(int(Rating::Excellent)));
    dialog.show();
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.rating(), Rating::Excellent);
    EXPECT_EQ(dialog.score(), 84);
}

// A task rated with a score opens with both; clearing the score keeps the level.
TEST(DecisionDialogTest, AStoredScoreAndLevelOpenAsTheyWere)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Rate, u"Chuyển đổi số"_s);
    dialog.setRating(Rating::Good, 95, u"Tốt"_s);
    EXPECT_EQ(dialog.score(), 95);
    EXPECT_EQ(dialog.rating(), Rating::Good);   // the reviewer's level, not the one 95 suggests
    child<QSpinBox>(dialog, u"scoreSpin"_s)->setValue(-1);
    EXPECT_EQ(dialog.score(), std::nullopt);
    EXPECT_EQ(dialog.rating(), Rating::Good);
    EXPECT_TRUE(child<QLabel>(dialog, u"suggestionLabel"_s)->isHidden());
}

// Other decisions have no score.
TEST(DecisionDialogTest, OnlyARatingHasAScore)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Approve, u"Chuyển đổi số"_s);
    dialog.show();
    EXPECT_FALSE(child<QSpinBox>(dialog, u"scoreSpin"_s)->isVisible());
}
