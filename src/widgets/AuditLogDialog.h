#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace dotpha {

class AuditTableModel;
class ChangeFeed;

// Every recorded change in the database, newest first: who, when, which record and field, old
// and new value. Checks the hash chain on request and exports the trail to CSV. Following the
// ChangeFeed, it shows what is recorded while it is open, a colleague's changes included.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Repositories &repositories, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    // Returns the problems found, as shown under the table.
    QStringList verify();
    Status exportTo(const QString &path);
    AuditTableModel &model() { return *m_model; }
    // Reads the log again whenever a change is committed, by anyone.
    void followChanges(ChangeFeed &feed);

private:
    void chooseAndExport();
    void load();
    void showNewer();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    Repositories &m_repositories;
    AuditTableModel *m_model;
};

} // namespace dotpha
