#pragma once

#include "CommandFeedback.h"
#include "Field.h"
#include "Person.h"
#include "Repositories.h"
#include "Unit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReferenceDataDialog;
}

class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace dotpha {

class ReferenceDataService;

// Manages the units, people and fields that tasks refer to, one tab each. Every change is an undo
// command on the database's stack through ReferenceDataService, so Ctrl+Z in the main window
// undoes it too, with the same checks.
class ReferenceDataDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { UnitsTab, PeopleTab, FieldsTab };

    // Reads through repositories; every change goes through service.
    ReferenceDataDialog(Repositories &repositories, ReferenceDataService &service, QUndoStack &undoStack,
                        QWidget *parent = nullptr);
    ~ReferenceDataDialog() override;

    void showTab(int tab);

private:
    void reload();
    void reloadUnits();
    void reloadPeople();
    void reloadFields();
    void add();
    void edit();
    void remove();
    bool confirmRemoval(const QString &name);
    QTableView *currentView() const;
    int currentRow() const;
    CommandFeedback feedback();

    std::unique_ptr<Ui::ReferenceDataDialog> m_ui;
    Repositories &m_repositories;
    ReferenceDataService &m_service;
    QUndoStack &m_undoStack;
    QStandardItemModel *m_unitsModel;
    QStandardItemModel *m_peopleModel;
    QStandardItemModel *m_fieldsModel;
    QList<Unit> m_allUnits;
    QList<Unit> m_units;
    QList<Person> m_people;
    QList<Field> m_fields;
};

} // namespace dotpha
