#include "ReferenceDataDialog.h"

#include "Prompts.h"
#include "ui_ReferenceDataDialog.h"

#include "EnumNames.h"
#include "ErrorPresenter.h"
#include "FieldRepository.h"
#include "PersonFormDialog.h"
#include "PersonRepository.h"
#include "RecordCommands.h"
#include "ReferenceDataService.h"
#include "TextFolding.h"
#include "UnitFormDialog.h"
#include "UnitRepository.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QStandardItemModel>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

void fill(QStandardItemModel *model, const QStringList &headers, const QList<QStringList> &rows)
{
    model->clear();
    model->setHorizontalHeaderLabels(headers);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &text : row) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            items << item;
        }
        model->appendRow(items);
    }
}

// Each column from first on as wide as its header and the values shown: a centred header cut
// to the column's default 100 px lost letters at both ends ("ời gian hoạt độ").
void fitColumnsFrom(QTableView &view, int first)
{
    for (int column = first; column < view.model()->columnCount(); ++column)
        view.resizeColumnToContents(column);
}

void setUpView(QTableView *view, QStandardItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

QString years(const Unit &unit)
{
    if (!unit.activeFromYear && !unit.activeToYear)
        return {};
    return u"%1\u2013%2"_s.arg(unit.activeFromYear ? QString::number(*unit.activeFromYear) : QString(),
                                 unit.activeToYear ? QString::number(*unit.activeToYear) : QString());
}

} // namespace

ReferenceDataDialog::ReferenceDataDialog(Repositories &repositories, ReferenceDataService &service,
                                         QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReferenceDataDialog>())
    , m_repositories(repositories)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_unitsModel(new QStandardItemModel(this))
    , m_peopleModel(new QStandardItemModel(this))
    , m_fieldsModel(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setUpView(m_ui->unitsView, m_unitsModel);
    setUpView(m_ui->peopleView, m_peopleModel);
    setUpView(m_ui->fieldsView, m_fieldsModel);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ReferenceDataDialog::reload);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ReferenceDataDialog::add);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ReferenceDataDialog::edit);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ReferenceDataDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableView *view : {m_ui->unitsView, m_ui->peopleView, m_ui->fieldsView})
        connect(view, &QAbstractItemView::doubleClicked, this, &ReferenceDataDialog::edit);
    m_ui->removeButton->setShortcut(QKeySequence::Delete);
    reload();
}

ReferenceDataDialog::~ReferenceDataDialog() = default;

void ReferenceDataDialog::showTab(int tab)
{
    m_ui->tabs->setCurrentIndex(tab);
}

CommandFeedback ReferenceDataDialog::feedback()
{
    CommandFeedback feedback;
    feedback.failed = [this](const Error &error) { ErrorPresenter::show(this, error); };
    feedback.changed = [this] { reload(); };
    return feedback;
}

void ReferenceDataDialog::reload()
{
    reloadUnits();
    reloadPeople();
    reloadFields();
}

void ReferenceDataDialog::reloadUnits()
{
    const auto all = m_repositories.units.all();
    m_allUnits = all ? *all : QList<Unit>();
    const auto found = m_repositories.units.search(m_ui->filterEdit->text());
    m_units = found ? *found : QList<Unit>();
    QHash<qint64, QString> names;
    for (const Unit &unit : std::as_const(m_allUnits))
        names.insert(unit.id, unit.name);
    QList<QStringList> rows;
    for (const Unit &unit : std::as_const(m_units)) {
        rows << QStringList{unit.name, EnumNames::name(unit.kind), unit.parentId ? names.value(*unit.parentId) : QString(),
                            years(unit), unit.successorId ? names.value(*unit.successorId) : QString()};
    }
    fill(m_unitsModel, {tr("Name"), tr("Kind"), tr("Parent"), tr("Active years"), tr("Successor")}, rows);
    m_ui->unitsView->setColumnWidth(0, 300);
    fitColumnsFrom(*m_ui->unitsView, 1);
}

void ReferenceDataDialog::reloadPeople()
{
    const auto found = m_repositories.people.search(m_ui->filterEdit->text());
    m_people = found ? *found : QList<Person>();
    QHash<qint64, QString> unitNames;
    for (const Unit &unit : std::as_const(m_allUnits))
        unitNames.insert(unit.id, unit.name);
    QList<QStringList> rows;
    for (const Person &person : std::as_const(m_people))
        rows << QStringList{person.fullName, person.position, person.unitId ? unitNames.value(*person.unitId) : QString()};
    fill(m_peopleModel, {tr("Full name"), tr("Position"), tr("Unit")}, rows);
    m_ui->peopleView->setColumnWidth(0, 220);
    m_ui->peopleView->setColumnWidth(1, 320);
    fitColumnsFrom(*m_ui->peopleView, 2);
}

void ReferenceDataDialog::reloadFields()
{
    const auto all = m_repositories.fields.all();
    const QString filter = TextFolding::fold(m_ui->filterEdit->text());
    m_fields.clear();
    QList<QStringList> rows;
    for (const Field &field : all ? *all : QList<Field>()) {
        if (TextFolding::fold(field.name).contains(filter)) {
            m_fields << field;
            rows << QStringList{field.name};
        }
    }
    fill(m_fieldsModel, {tr("Name")}, rows);
}

QTableView *ReferenceDataDialog::currentView() const
{
    switch (m_ui->tabs->currentIndex()) {
    case UnitsTab: return m_ui->unitsView;
    case PeopleTab: return m_ui->peopleView;
    default: return m_ui->fieldsView;
    }
}

int ReferenceDataDialog::currentRow() const
{
    return currentView()->currentIndex().row();
}

void ReferenceDataDialog::add()
{
    switch (m_ui->tabs->currentIndex()) {
    case UnitsTab: {
        UnitFormDialog form(m_allUnits, this);
        Unit unit;
        unit.kind = UnitKind::Commune;
        form.setUnit(unit);
        if (form.exec() == QDialog::Accepted)
            m_undoStack.push(
                new AddRecordCommand<ReferenceDataService, Unit>(m_service, form.unit(), tr("add unit"), feedback()));
        break;
    }
    case PeopleTab: {
        PersonFormDialog form(m_allUnits, this);
        if (form.exec() == QDialog::Accepted)
            m_undoStack.push(
                new AddRecordCommand<ReferenceDataService, Person>(m_service, form.person(),
                    tr("add person"), feedback()));
        break;
    }
    default: {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New field"), tr("Name of the field:"), QLineEdit::Normal,
                                                   QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            m_undoStack.push(
                new AddRecordCommand<ReferenceDataService, Field>(m_service, Field{0, name, 0},
                    tr("add field"), feedback()));
    }
    }
}

void ReferenceDataDialog::edit()
{
    const int row = currentRow();
    if (row < 0)
        return;
    switch (m_ui->tabs->currentIndex()) {
    case UnitsTab: {
        const Unit before = m_units.at(row);
        QList<Unit> others = m_allUnits;
        others.removeIf([&](const Unit &unit) { return unit.id == before.id; });
        UnitFormDialog form(others, this);
        form.setUnit(before);
        if (form.exec() == QDialog::Accepted)
            m_undoStack.push(
                new EditRecordCommand<ReferenceDataService, Unit>(m_service, before, form.unit(),
                    tr("edit unit"), feedback()));
        break;
    }
    case PeopleTab: {
        const Person before = m_people.at(row);
        PersonFormDialog form(m_allUnits, this);
        form.setPerson(before);
        if (form.exec() == QDialog::Accepted)
            m_undoStack.push(
                new EditRecordCommand<ReferenceDataService, Person>(m_service, before, form.person(),
                    tr("edit person"), feedback()));
        break;
    }
    default: {
        const Field before = m_fields.at(row);
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Edit field"), tr("Name of the field:"), QLineEdit::Normal,
                                                   before.name, &ok);
        if (ok && !name.trimmed().isEmpty()) {
            Field after = before;
            after.name = name;
            m_undoStack.push(
                new EditRecordCommand<ReferenceDataService, Field>(m_service, before, after,
                    tr("edit field"), feedback()));
        }
    }
    }
}

bool ReferenceDataDialog::confirmRemoval(const QString &name)
{
    return Prompts::confirm(this, tr("Delete"), tr("Delete \u201c%1\u201d?").arg(name));
}

void ReferenceDataDialog::remove()
{
    const int row = currentRow();
    if (row < 0)
        return;
    switch (m_ui->tabs->currentIndex()) {
    case UnitsTab:
        if (confirmRemoval(m_units.at(row).name))
            m_undoStack.push(
                new RemoveRecordCommand<ReferenceDataService, Unit>(m_service, m_units.at(row),
                    tr("delete unit"), feedback()));
        break;
    case PeopleTab:
        if (confirmRemoval(m_people.at(row).fullName))
            m_undoStack.push(
                new RemoveRecordCommand<ReferenceDataService, Person>(m_service, m_people.at(row),
                    tr("delete person"), feedback()));
        break;
    default:
        if (confirmRemoval(m_fields.at(row).name))
            m_undoStack.push(
                new RemoveRecordCommand<ReferenceDataService, Field>(m_service, m_fields.at(row),
                    tr("delete field"), feedback()));
    }
}

} // namespace dotpha
