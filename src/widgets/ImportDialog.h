#pragma once

#include "BackgroundImportPlanner.h"
#include "ImportPlan.h"
#include "RegistrationImporter.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

class QComboBox;

namespace dotpha {

class FocusedWheelFilter;
class ImportValueTable;

// Imports a registration spreadsheet: shows the file's columns with what each was recognised to
// hold (and lets the user say what an unrecognised one holds), a preview of their first values,
// every problem by row and column, the values the file writes in its own words (and lets the user
// say which of ours each means, remembered for the next import), and the units, people and fields
// that would be created. The rows are checked on a worker thread, with progress and a way to stop;
// nothing is written until the user imports the valid rows, in one transaction with a progress
// bar that can be cancelled. A file that reports reviewers' decisions has them refused, unless an
// administrator ticks that they be recorded under their name.
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
    // The rows are being checked; plan() is empty meanwhile.
    bool isPlanning() const { return m_planner.isRunning(); }

signals:
    // A check of the rows ended, with a plan or stopped.
    void planningFinished();

private:
    void fillMapping();
    RegistrationImporter::Mapping mapping() const;
    void replan();
    void checkAgain();
    Status loadReferenceData(const QSet<int> &years);
    void showRefusal(const QString &message);
    void showPlan(const ImportPlan &plan);
    void showProblems(const ImportPlan &plan);
    void showNewRecords(const ImportPlan &plan);
    void showStopped();
    void showPlanning(bool planning);
    void updateImportButton();
    static QString summaryText(const ImportPlan &plan);
    void setResultsEnabled(bool enabled);
    void setInputsEnabled(bool enabled);
    void hideResults();
    void mapValue(RegistrationColumns::Column column, const QString &text, const QString &ours);
    void runImport();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    RegistrationImporter m_importer;
    bool m_mayRecordDecisions;
    QString m_path;
    QList<QStringList> m_table;
    int m_headerRow = -1;
    QList<QComboBox *> m_meanings;
    RegistrationImporter::ValueMapping m_values;
    std::shared_ptr<const ImportReferenceData> m_reference;
    BackgroundImportPlanner m_planner;
    FocusedWheelFilter *m_wheel = nullptr;
    ImportValueTable *m_valueTable = nullptr;
    QTimer m_progressDelay;   // a quick check shows no progress bar
    std::optional<ImportPlan> m_plan;
    QPushButton *m_importButton = nullptr;
    int m_imported = 0;
    int m_skipped = 0;
};

} // namespace dotpha
