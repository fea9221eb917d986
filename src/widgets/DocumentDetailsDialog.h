#pragma once

#include "ReportData.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DocumentDetailsDialog;
}

namespace dotpha {

class AppSettings;

// Asks, before a document is printed or exported, for what only the person printing knows: its
// number, its date and who signs it. The signer is remembered for next time.
class DocumentDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentDetailsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~DocumentDetailsDialog() override;

    // Copies the details into data and remembers the signer.
    void applyTo(ReportData &data) const;

private:
    std::unique_ptr<Ui::DocumentDetailsDialog> m_ui;
    AppSettings &m_settings;
};

} // namespace dotpha
