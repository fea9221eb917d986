#pragma once

#include "ScoreThresholds.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace dotpha {

// The committee's score thresholds: the lowest score of each level, each below the one above;
// what stays below the lowest is "not completed". Nothing is accepted out of order.
class ScoreThresholdsDialog : public QDialog
{
    Q_OBJECT

public:
    ScoreThresholdsDialog(const ScoreThresholds &current, QWidget *parent = nullptr);

    ScoreThresholds thresholds() const;
    void accept() override;

private:
    QSpinBox *addThreshold(const QString &label, const QString &objectName, int value);
    void showBelow();

    QSpinBox *m_excellent = nullptr;
    QSpinBox *m_good = nullptr;
    QSpinBox *m_completed = nullptr;
    QLabel *m_below = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace dotpha
