#pragma once

#include "EditingDialog.h"
#include "CommitteeSettings.h"
#include "Result.h"

#include <memory>

namespace Ui {
class NewDatabaseDialog;
}

namespace dotpha {

// Asks for the committee that will own a new database: its name, superior body, place name and
// issuer symbol, as printed at the top of its documents.
class NewDatabaseDialog : public EditingDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(QWidget *parent = nullptr);
    ~NewDatabaseDialog() override;

    CommitteeSettings settings() const;
    // Creates the database file at path with these settings.
    static Status create(const QString &path, const CommitteeSettings &settings);

protected:
    QString guideSection() const override;

private:
    std::unique_ptr<Ui::NewDatabaseDialog> m_ui;
};

} // namespace dotpha
