#pragma once

#include "EditingDialog.h"
#include "Rating.h"
#include "Result.h"
#include "ReviewService.h"
#include "ScoreThresholds.h"

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class DecisionDialog;
}

namespace dotpha {

// The particulars of a reviewer's decision: its date (today by default), number and reason, and
// for a rating the score, the level and the assessment; a score entered suggests its level from
// the committee's thresholds, and the reviewer chooses the level. A decision that needs a reason (returning, rejecting,
// adjusting, a late amendment) is not accepted without one.
class DecisionDialog : public EditingDialog
{
    Q_OBJECT

public:
    enum class Purpose { Approve, Return, Reject, Adjust, Supplement, Assign, Rate, LateAmendment };

    DecisionDialog(Purpose purpose, const QString &taskTitle, QWidget *parent = nullptr);
    ~DecisionDialog() override;

    ReviewService::Details details() const;
    Rating rating() const;
    std::optional<int> score() const;
    QString assessment() const;
    void setRating(std::optional<Rating> rating, std::optional<int> score, const QString &assessment);
    void setScoreThresholds(const ScoreThresholds &thresholds);
    // The committee's symbol ("HU" in "Số 15-QĐ/HU"), for the example of a decision's number.
    void setIssuerSymbol(const QString &symbol);

    // Save records the decision from inside the dialog: when it fails, the dialog stays open with
    // the reason, and what was decided (and edited before) is still there to save again.
    void setSave(std::function<Status()> save) { m_save = std::move(save); }
    void accept() override;
    static bool needsReason(Purpose purpose);

protected:
    QString guideSection() const override;

private:
    std::function<Status()> m_save;
    QString titleFor(Purpose purpose) const;
    void suggestFromScore();

    std::unique_ptr<Ui::DecisionDialog> m_ui;
    Purpose m_purpose;
    ScoreThresholds m_thresholds;
};

} // namespace dotpha
