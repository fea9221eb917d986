#include "TaskEditorDialog.h"

#include "ui_TaskEditorDialog.h"

#include "AuditRepository.h"
#include "ChangeFeed.h"
#include "ChangedElsewhereNotice.h"
#include "ChoiceListModel.h"
#include "ColumnNames.h"
#include "DecisionRepository.h"
#include "EnumNames.h"
#include "FieldRepository.h"
#include "FoldingCompleter.h"
#include "FormSaver.h"
#include "PersonRepository.h"
#include "TaskMerge.h"
#include "TaskReadiness.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

template <typename Enum>
void fillEnumCombo(QComboBox *combo)
{
    for (const Enum value : allValues<Enum>())
        combo->addItem(EnumNames::name(value), toCode(value));
}

template <typename Enum>
void selectCode(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(toCode(value))));
}

template <typename Enum>
Enum selectedEnum(const QComboBox *combo, Enum fallback)
{
    return fromCode<Enum>(combo->currentData().toString()).value_or(fallback);
}

} // namespace

TaskEditorDialog::TaskEditorDialog(Repositories &repositories, QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::TaskEditorDialog>())
    , m_repositories(repositories)
    , m_units(new ChoiceListModel(this))
    , m_people(new ChoiceListModel(this))
    , m_notice(new ChangedElsewhereNotice(this))
{
    m_ui->setupUi(this);
    m_ui->dialogLayout->insertWidget(0, m_notice);
    m_returned = new QLabel(this);
    m_returned->setObjectName(u"returnedLabel"_s);
    m_returned->setWordWrap(true);
    m_returned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returned->setFrameShape(QFrame::StyledPanel);
    m_returned->setStyleSheet(u"#returnedLabel { background: #fff4ce; color: #4d3800; padding: 6px; }"_s);
    m_returned->hide();
    m_ui->dialogLayout->insertWidget(0, m_returned);
    m_saver = new FormSaver(*this, *m_ui->dialogLayout);
    connect(m_notice, &ChangedElsewhereNotice::theirsChosen, this, &TaskEditorDialog::takeTheirs);
    connect(m_notice, &ChangedElsewhereNotice::mineChosen, this, &TaskEditorDialog::keepMine);
    connect(m_notice, &ChangedElsewhereNotice::bothChosen, this, &TaskEditorDialog::keepBoth);
    fillEnumCombo<TaskNature>(m_ui->natureCombo);
    fillEnumCombo<TaskOrigin>(m_ui->originCombo);
    loadChoices();
    setUpCompletion(m_ui->unitCombo, m_units);
    setUpCompletion(m_ui->personCombo, m_people);
    m_ui->unitCombo->lineEdit()->setPlaceholderText(tr("Type part of the name, with or without accents"));
    m_ui->personCombo->lineEdit()->setPlaceholderText(tr("Type part of the name, with or without accents"));

    m_submitButton = m_ui->buttonBox->addButton(tr("Save &and submit for review"), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(u"submitButton"_s);
    // The box tells which button before it tells "accepted": the save knows whether to submit.
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this,
            [this](QAbstractButton *button) { m_submitRequested = button == m_submitButton; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->collectiveButton, &QRadioButton::toggled, this, &TaskEditorDialog::updateKindControls);
    connect(m_ui->multiYearCheck, &QCheckBox::toggled, m_ui->endYearSpin, &QWidget::setEnabled);
    connect(m_ui->multiYearCheck, &QCheckBox::toggled, this, &TaskEditorDialog::followLastYear);
    connect(m_ui->endYearSpin, &QSpinBox::valueChanged, this, &TaskEditorDialog::followLastYear);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &TaskEditorDialog::followLastYear);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this](int year) {
        m_ui->endYearSpin->setMinimum(year);
        m_ui->endYearSpin->setMaximum(year + 10);
    });
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, &TaskEditorDialog::personChosen);
    for (QComboBox *combo : {m_ui->unitCombo, m_ui->personCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &TaskEditorDialog::updateReadiness);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &TaskEditorDialog::updateReadiness);
    connect(m_ui->expectedResultEdit, &QPlainTextEdit::textChanged, this, &TaskEditorDialog::updateReadiness);
    connect(m_ui->objectiveEdit, &QPlainTextEdit::textChanged, this, &TaskEditorDialog::updateReadiness);
}

TaskEditorDialog::~TaskEditorDialog() = default;

void TaskEditorDialog::setSave(std::function<Status()> save, const DraftStore &drafts)
{
    m_saver->setSave(std::move(save));
    m_saver->keepDrafts(drafts, draftKey(m_original), m_original.version);
}

QString TaskEditorDialog::draftKey(const Task &task)
{
    return task.id > 0 ? u"task-%1"_s.arg(task.id) : u"task-new"_s;
}

void TaskEditorDialog::accept()
{
    if (m_saveBlocked || !m_saver->save()) {
        m_submitRequested = false;
        return;
    }
    EditingDialog::accept();
}

void TaskEditorDialog::loadChoices()
{
    QList<ChoiceListModel::Choice> units;
    if (const auto all = m_repositories.units.all()) {
        for (const Unit &unit : *all)
            units.append({unit.id, unit.name});
    }
    m_units->setChoices(units);

    QList<ChoiceListModel::Choice> people;
    m_unitOfPerson.clear();
    if (const auto all = m_repositories.people.all()) {
        for (const Person &person : *all) {
            people.append({person.id, person.position.isEmpty() ? person.fullName
                                                                : person.fullName + u" \u2013 "_s + person.position});
            if (person.unitId)
                m_unitOfPerson.insert(person.id, *person.unitId);
        }
    }
    m_people->setChoices(people);

    m_ui->fieldCombo->clear();
    m_ui->fieldCombo->addItem(tr("(none)"), QVariant());
    if (const auto fields = m_repositories.fields.all()) {
        for (const Field &field : *fields)
            m_ui->fieldCombo->addItem(field.name, field.id);
    }
}

void TaskEditorDialog::setUpCompletion(QComboBox *combo, ChoiceListModel *model)
{
    combo->setModel(model);
    combo->setCompleter(new FoldingCompleter(model, combo));
    combo->setCurrentIndex(-1);
}

qint64 TaskEditorDialog::chosenId(const QComboBox *combo, const ChoiceListModel *model)
{
    const int row = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    return row >= 0 ? model->idAt(row) : 0;
}

void TaskEditorDialog::choose(QComboBox *combo, const ChoiceListModel *model, qint64 id)
{
    combo->setCurrentIndex(model->rowOf(id));
    if (combo->currentIndex() < 0)
        combo->setEditText(QString());
}

void TaskEditorDialog::setTask(const Task &task)
{
    m_original = task;
    fillForm(task);
    showWhyReturned(task);
    m_ui->titleEdit->setFocus();
}

// A registration returned for revision opens with the reviewer's reason above it: what to revise.
void TaskEditorDialog::showWhyReturned(const Task &task)
{
    m_returned->hide();
    if (task.status != TaskStatus::Returned || task.id <= 0)
        return;
    const Result<QList<Decision>> decisions = m_repositories.decisions.ofTask(task.id);
    if (!decisions)
        return;
    for (auto decision = decisions->crbegin(); decision != decisions->crend(); ++decision) {
        if (decision->kind != DecisionKind::Return)
            continue;
        const QString when = QLocale().toString(decision->decidedOn, QLocale::ShortFormat);
        const QString by = decision->number.isEmpty() ? when : u"%1, %2"_s.arg(decision->number, when);
        m_returned->setText(tr("Returned for revision (%1): %2").arg(by, decision->reason));
        m_returned->show();
        return;
    }
}

void TaskEditorDialog::fillForm(const Task &task)
{
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task"));
    (task.kind == TaskKind::Individual ? m_ui->individualButton : m_ui->collectiveButton)->setChecked(true);
    m_ui->yearSpin->setValue(task.year);
    m_ui->multiYearCheck->setChecked(task.isMultiYear());
    m_ui->endYearSpin->setValue(task.lastYear());
    choose(m_ui->unitCombo, m_units, task.unitId);
    choose(m_ui->personCombo, m_people, task.personId.value_or(0));
    m_ui->titleEdit->setText(task.title);
    m_ui->contentEdit->setPlainText(task.content);
    m_ui->objectiveEdit->setPlainText(task.objective);
    m_ui->expectedResultEdit->setPlainText(task.expectedResult);
    m_ui->solutionsEdit->setPlainText(task.solutions);
    m_ui->deadlineEdit->setDate(task.deadline.isValid() ? task.deadline : QDate(task.year, 12, 31));
    m_proposedDeadline = QDate(task.lastYear(), 12, 31);
    selectCode(m_ui->natureCombo, task.nature);
    selectCode(m_ui->originCombo, task.origin);
    m_ui->fieldCombo->setCurrentIndex(task.fieldId ? std::max(0, m_ui->fieldCombo->findData(*task.fieldId)) : 0);
    // Submitting is for registrations still being prepared; review decisions are the reviewers'.
    m_submitButton->setVisible(m_submitOffered
                               && (task.status == TaskStatus::Draft || task.status == TaskStatus::Returned));
    updateKindControls();
}

void TaskEditorDialog::followChanges(ChangeFeed &feed)
{
    connect(&feed, &ChangeFeed::changed, this, &TaskEditorDialog::changesCommitted);
}

// A change of the task's own row moves its version; a note or a decision of it alone does not,
// and the form holds nothing of them.
void TaskEditorDialog::changesCommitted(const ChangeSet &changes)
{
    m_choicesStale |= changes.touches(u"unit"_s) || changes.touches(u"person"_s) || changes.touches(u"field"_s);
    if (m_original.id == 0 || !changes.touchesTask(m_original.id))
        return;
    const Result<Task> stored = m_repositories.tasks.find(m_original.id);
    // A task that cannot be read now (the server away) is read again at the next change.
    if (!stored && stored.error().kind() != Error::Kind::NotFound)
        return;
    if (stored && stored->version == (m_theirs ? m_theirs->version : m_original.version))
        return;
    const AuditEntry latest = latestChangeOfTask();
    if (!stored) {
        m_theirs.reset();
        m_notice->showRemoved(latest.actor, latest.recordedAt);
        setSaveAllowed(false);
        return;
    }
    m_theirs = *stored;
    const TaskMerge merge(m_original, *stored, task());
    ChangedElsewhereNotice::Change change{latest.actor, latest.recordedAt, {}, {}, !merge.myChanges().isEmpty()};
    for (const QString &column : merge.theirChanges())
        change.theirFields << ColumnNames::label(column);
    for (const QString &column : merge.collisions())
        change.collisions << ColumnNames::label(column);
    if (change.theirFields.isEmpty())
        change.theirFields << tr("its progress or its state");
    m_notice->showChange(change);
    setSaveAllowed(false);
}

// Who saved the task's own row last, and when (a note or a decision of it is not what the form
// shows).
AuditEntry TaskEditorDialog::latestChangeOfTask() const
{
    const Result<QList<AuditEntry>> history = m_repositories.audit.ofTask(m_original.id);
    if (!history)
        return {};
    for (auto entry = history->crbegin(); entry != history->crend(); ++entry) {
        if (entry->entity == u"task"_s && entry->entityId == m_original.id)
            return *entry;
    }
    return history->isEmpty() ? AuditEntry() : history->constLast();
}

// Their version may name a unit, a person or a field created after the form was opened.
void TaskEditorDialog::refreshChoicesIfStale()
{
    if (std::exchange(m_choicesStale, false))
        loadChoices();
}

void TaskEditorDialog::takeTheirs()
{
    if (!m_theirs)
        return;
    m_original = *std::exchange(m_theirs, std::nullopt);
    refreshChoicesIfStale();
    fillForm(m_original);
    setSaveAllowed(true);
}

// The form as it is, over their version: saving it replaces what they changed.
void TaskEditorDialog::keepMine()
{
    if (!m_theirs)
        return;
    m_original = *std::exchange(m_theirs, std::nullopt);
    setSaveAllowed(true);
}

void TaskEditorDialog::keepBoth()
{
    if (!m_theirs)
        return;
    const TaskMerge merge(m_original, *m_theirs, task());
    m_original = *std::exchange(m_theirs, std::nullopt);
    refreshChoicesIfStale();
    fillForm(merge.merged());
    setSaveAllowed(true);
}

void TaskEditorDialog::setSaveAllowed(bool allowed)
{
    m_saveBlocked = !allowed;
    if (QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save))
        save->setEnabled(allowed);
    updateReadiness();
}

void TaskEditorDialog::showReadOnly(const QString &reason)
{
    setWindowTitle(tr("View task"));
    auto *banner = new QLabel(reason, this);
    banner->setObjectName(u"readOnlyReasonLabel"_s);
    banner->setWordWrap(true);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setMargin(6);
    banner->setStyleSheet(u"background: #fff4ce; color: #3d3000;"_s);
    m_ui->dialogLayout->insertWidget(0, banner);
    // Read-only text on the window's colour, so that it does not look like a box to type in.
    const auto looksReadOnly = [](QWidget *box) {
        QPalette palette = box->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        box->setPalette(palette);
    };
    for (QLineEdit *line : findChildren<QLineEdit *>()) {
        line->setReadOnly(true);
        looksReadOnly(line);
    }
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>()) {
        text->setReadOnly(true);
        looksReadOnly(text);
    }
    // Choices are switched off rather than made read-only, which Qt's combo boxes are not.
    for (QWidget *choice : {static_cast<QWidget *>(m_ui->collectiveButton), static_cast<QWidget *>(m_ui->individualButton),
                            static_cast<QWidget *>(m_ui->yearSpin), static_cast<QWidget *>(m_ui->multiYearCheck),
                            static_cast<QWidget *>(m_ui->endYearSpin), static_cast<QWidget *>(m_ui->unitCombo),
                            static_cast<QWidget *>(m_ui->personCombo), static_cast<QWidget *>(m_ui->deadlineEdit),
                            static_cast<QWidget *>(m_ui->natureCombo), static_cast<QWidget *>(m_ui->originCombo),
                            static_cast<QWidget *>(m_ui->fieldCombo)})
        choice->setEnabled(false);
    m_ui->readinessLabel->hide();   // whether it could be submitted is no question here
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    m_submitButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
}

Task TaskEditorDialog::task() const
{
    Task task = m_original;
    task.kind = m_ui->individualButton->isChecked() ? TaskKind::Individual : TaskKind::Collective;
    task.year = m_ui->yearSpin->value();
    task.endYear = m_ui->multiYearCheck->isChecked() && m_ui->endYearSpin->value() > task.year
                       ? std::optional<int>(m_ui->endYearSpin->value())
                       : std::nullopt;
    task.unitId = chosenId(m_ui->unitCombo, m_units);
    const qint64 personId = chosenId(m_ui->personCombo, m_people);
    task.personId = task.kind == TaskKind::Individual && personId > 0 ? std::optional<qint64>(personId) : std::nullopt;
    task.title = m_ui->titleEdit->text().trimmed();
    task.content = m_ui->contentEdit->toPlainText().trimmed();
    task.objective = m_ui->objectiveEdit->toPlainText().trimmed();
    task.expectedResult = m_ui->expectedResultEdit->toPlainText().trimmed();
    task.solutions = m_ui->solutionsEdit->toPlainText().trimmed();
    task.deadline = m_ui->deadlineEdit->date();
    task.nature = selectedEnum(m_ui->natureCombo, TaskNature::Breakthrough);
    task.origin = selectedEnum(m_ui->originCombo, TaskOrigin::Registered);
    const QVariant field = m_ui->fieldCombo->currentData();
    task.fieldId = field.isValid() ? std::optional<qint64>(field.toLongLong()) : std::nullopt;
    if (m_submitRequested)
        task.status = TaskStatus::Submitted;
    return task;
}

// A deadline still at the end of the task's last year, as the editor proposed it, follows the last
// year as it changes; one the user set stays.
void TaskEditorDialog::followLastYear()
{
    const int first = m_ui->yearSpin->value();
    const int last = m_ui->multiYearCheck->isChecked() ? std::max(first, m_ui->endYearSpin->value()) : first;
    if (m_ui->deadlineEdit->date() != m_proposedDeadline)
        return;
    m_proposedDeadline = QDate(last, 12, 31);
    m_ui->deadlineEdit->setDate(m_proposedDeadline);
}

void TaskEditorDialog::updateKindControls()
{
    const bool individual = m_ui->individualButton->isChecked();
    m_ui->personLabel->setEnabled(individual);
    m_ui->personCombo->setEnabled(individual);
    updateReadiness();
}

void TaskEditorDialog::personChosen()
{
    const qint64 personId = chosenId(m_ui->personCombo, m_people);
    if (personId > 0 && m_unitOfPerson.contains(personId) && chosenId(m_ui->unitCombo, m_units) == 0)
        choose(m_ui->unitCombo, m_units, m_unitOfPerson.value(personId));
}

void TaskEditorDialog::updateReadiness()
{
    const QStringList missing = TaskReadiness::missing(task());
    m_submitButton->setEnabled(missing.isEmpty() && !m_saveBlocked);
    if (missing.isEmpty()) {
        m_ui->readinessLabel->setText(tr("Clear task, clear person, clear schedule: ready to submit."));
        return;
    }
    QString text = tr("Before it can be submitted:").toHtmlEscaped();
    for (const QString &item : missing)
        text += u"<br>\u2022 "_s + item.toHtmlEscaped();
    m_ui->readinessLabel->setText(text);
}

QString TaskEditorDialog::guideSection() const
{
    return tr("Registering a task");
}

} // namespace dotpha
