#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace dotpha {

// Shown on first start: choose the language, then create a database for the committee, open the
// sample, or open an existing file. path() is the database to open when accepted.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where new databases and the sample are created.
    explicit WelcomeDialog(const QString &folder, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    QString path() const { return m_path; }
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createDatabase();
    void openSample();
    void openExisting();
    void languageChosen();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    QString m_folder;
    QString m_path;
};

} // namespace dotpha
