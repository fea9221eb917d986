#pragma once

#include "EditingDialog.h"
#include "ReportData.h"

#include <memory>
#include <optional>

namespace Ui {
class DocumentDetailsDialog;
}

namespace dotpha {

class AppSettings;

// Asks, before a document is printed or exported, for what only the person printing knows: its
// number, its date and who signs it; for a review, also the day its figures are taken on. The
// signer is remembered for next time.
class DocumentDetailsDialog : public EditingDialog
{
    Q_OBJECT

public:
    explicit DocumentDetailsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~DocumentDetailsDialog() override;

    // Copies the details into data and remembers the signer.
    void applyTo(ReportData &data) const;
    // Also asks the day a review's figures are taken on (hidden unless asked), within its year.
    void askFiguresDate(const QDate &suggested);
    QDate figuresDate() const;
    // Also asks which tasks a due list takes: those of year (the one shown) or of every open year,
    // and how many days ahead (hidden unless asked).
    void askDueWindow(int year, int days);
    // The year chosen; none for every open year.
    std::optional<int> dueYear() const;
    int dueDays() const;

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::DocumentDetailsDialog> m_ui;
    AppSettings &m_settings;
};

} // namespace dotpha
