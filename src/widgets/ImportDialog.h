#pragma once

#include "ImportPlan.h"
#include "RegistrationImporter.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

class QComboBox;

namespace dotpha {

// Imports a registration spreadsheet: shows the file's columns with what each was recognised to
// hold (and lets the user say what an unrecognised one holds), a preview of their first values,
// every problem by row and column, and the units, people and fields that would be created. Nothing
// is written until the user imports the valid rows; the import runs in one transaction with a
// progress bar and can be cancelled. A file that reports reviewers' decisions has them refused,
// unless an administrator ticks that they be recorded under their name.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // mayRecordDecisions: the signed-in user is an administrator.
    ImportDialog(Services &services, bool mayRecordDecisions, const QString &path, QList<QStringList> table,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // How many tasks were imported, once the dialog is accepted.
    int importedCount() const { return m_imported; }
    // Rows registered by someone else while the dialog was open, skipped.
    int skippedCount() const { return m_skipped; }
    const std::optional<ImportPlan> &plan() const { return m_plan; }

private:
    void fillMapping();
    RegistrationImporter::Mapping mapping() const;
    void replan();
    void runImport();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    RegistrationImporter m_importer;
    QString m_path;
    QList<QStringList> m_table;
    int m_headerRow = -1;
    QList<QComboBox *> m_meanings;
    std::optional<ImportPlan> m_plan;
    QPushButton *m_importButton = nullptr;
    int m_imported = 0;
    int m_skipped = 0;
};

} // namespace dotpha
