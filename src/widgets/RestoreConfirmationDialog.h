#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dotpha {

// Asks before a backup replaces a database, and for the seal printed on the latest report or
// export of it: a backup that does not hold that seal (older than the report, or with its trail
// rewritten) is refused, so that what was printed cannot be quietly undone. The field starts with
// the seal this PC last printed for the database; it may be left empty when nothing was printed.
// Cancel is the default: Enter alone never replaces a database.
class RestoreConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreConfirmationDialog(const QString &question, const QString &rememberedSeal, QWidget *parent = nullptr);

    // What was typed, trimmed; empty when no seal is to be checked.
    QString seal() const;

    void accept() override;

private:
    QLineEdit *m_seal;
    QLabel *m_problem;
    QPushButton *m_restore;
};

} // namespace dotpha
