#include "WorkspaceView.h"

#include "ConnectionMonitor.h"
#include "OfflineBanner.h"
#include "FileDropFilter.h"

#include "ui_WorkspaceView.h"

#include "AppSettings.h"
#include "ChangeFeed.h"
#include "ConnectionMonitor.h"
#include "DatabaseSession.h"
#include "DecisionNotice.h"
#include "EnumNames.h"
#include "ErrorPresenter.h"
#include "FieldRepository.h"
#include "FiguresRepository.h"
#include "CommitteeSettingsRepository.h"
#include "NavigatorModel.h"
#include "OfflineBanner.h"
#include "TaskColumnLayout.h"
#include "TaskDetailsTabs.h"
#include "TaskTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Long enough to wait for the next keystroke of a word, short enough to feel immediate.
constexpr int SearchDelayMs = 150;

// "taskColumns" held the widths from before the title took the rest of the width; its layout,
// which ran the status and the rating off a 1280-pixel screen, is not restored. "taskColumns2"
// named the columns in the model's order from before the row's number became its last column.
// "taskColumns3" cut the rating with its score ("99 điểm – Hoàn thàn…").
const QString TaskColumnsKey = u"taskColumns4"_s;

constexpr TaskStatus FilteredStatuses[] = {TaskStatus::Draft, TaskStatus::Submitted, TaskStatus::Returned,
                                           TaskStatus::Approved, TaskStatus::Rejected};

} // namespace

WorkspaceView::WorkspaceView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkspaceView>())
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->taskView;
    table->verticalHeader()->hide();
    // Fixed row heights let the view lay out 100,000 rows without measuring each one.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // One line a row, elided at its end: wrapping would lay out every line of a long title to
    // show its first.
    table->setWordWrap(false);
    m_ui->navigatorView->setUniformRowHeights(true);
    table->horizontalHeader()->setSectionsMovable(true);
    // Registration order, which the number column stands for, until a layout restored says otherwise.
    table->horizontalHeader()->setSortIndicator(TaskTableModel::Number, Qt::AscendingOrder);
    m_columns = new TaskColumnLayout(*table);
    m_details = new TaskDetailsTabs(m_ui->detailTabs,
                                    {m_ui->registrationBrowser, m_ui->decisionsBrowser, m_ui->progressBrowser,
                                     m_ui->evaluationBrowser, m_ui->historyBrowser},
                                    this);
    connect(new FileDropFilter(m_ui->progressBrowser->viewport()), &FileDropFilter::filesDropped, this,
            &WorkspaceView::filesDroppedOnProgress);
    m_offlineBanner = new OfflineBanner(this);
    m_ui->centralLayout->insertWidget(0, m_offlineBanner);
    m_decisionNotice = new DecisionNotice(this);
    m_ui->centralLayout->insertWidget(1, m_decisionNotice);
    m_ui->centralLayout->setStretch(3, 1);   // the splitter takes the height, not the committee's name
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    createYearAndSearch();

    m_ui->statusFilterCombo->addItem(tr("All statuses"));
    for (const TaskStatus status : FilteredStatuses)
        m_ui->statusFilterCombo->addItem(EnumNames::name(status), toCode(status));
    for (QComboBox *filter : {m_ui->statusFilterCombo, m_ui->fieldFilterCombo}) {
        connect(filter, &QComboBox::activated, this, [this] {
            rememberFilters();
            applyFilters();
        });
    }
    connect(table, &QAbstractItemView::doubleClicked, this, &WorkspaceView::taskActivated);
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, this, [this] { m_navigatorWidthChosen = true; });
    setSession(nullptr);
}

WorkspaceView::~WorkspaceView() = default;

void WorkspaceView::createYearAndSearch()
{
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_yearCombo->setAccessibleName(tr("Year"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search tasks, units, people (accents optional)"));
    m_searchEdit->setMinimumWidth(320);
    // Esc in the search box clears it, and the list shows every task again.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_searchEdit, &QLineEdit::clear);
    m_searchEdit->addAction(clearSearch);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &WorkspaceView::applyFilters);
    connect(m_yearCombo, &QComboBox::activated, this, [this] {
        if (m_session)
            setYear(year());
    });
}

QTableView *WorkspaceView::taskView() const
{
    return m_ui->taskView;
}

void WorkspaceView::setSession(DatabaseSession *session)
{
    m_session = session;
    for (QWidget *filter : {static_cast<QWidget *>(m_ui->statusFilterCombo), static_cast<QWidget *>(m_ui->fieldFilterCombo),
                            static_cast<QWidget *>(m_yearCombo), static_cast<QWidget *>(m_searchEdit)})
        filter->setEnabled(session != nullptr);
    QHeaderView *header = m_ui->taskView->horizontalHeader();
    if (!session) {
        // Without a model the header has no sections: keep their widths, order and modes for the
        // next database (a restored backup, another file), and for saveLayout meanwhile.
        if (m_ui->taskView->model())
            m_columnState = header->saveState();
        m_ui->taskView->setModel(nullptr);
        m_ui->navigatorView->setModel(nullptr);
        m_ui->committeeLabel->clear();
        m_offlineBanner->hide();
        m_decisionNotice->refresh(nullptr);
        showCurrentTaskDetails();
        return;
    }
    showCommitteeName();

    m_ui->taskView->setModel(&session->taskModel());
    if (!m_columnState.isEmpty())
        header->restoreState(m_columnState);
    m_ui->navigatorView->setModel(&session->navigatorModel());
    connect(m_ui->taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspaceView::followCurrentTask);
    connect(m_ui->navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkspaceView::applyFilters);
    connect(&session->taskModel(), &TaskTableModel::totalCountChanged, this, &WorkspaceView::totalCountChanged);
    // A lost server is the banner's to say, not a box at every read.
    connect(&session->taskModel(), &TaskTableModel::loadFailed, this, [this](const Error &error) {
        if (error.kind() != Error::Kind::Connection)
            ErrorPresenter::show(this, error);
    });
    m_offlineBanner->setVisible(!session->connection().isOnline());
    connect(&session->connection(), &ConnectionMonitor::wentOffline, m_offlineBanner, &OfflineBanner::showLost);
    connect(&session->connection(), &ConnectionMonitor::cameBack, m_offlineBanner, &QWidget::hide);
    refreshDecisionNotice();
    connect(&session->taskModel(), &QAbstractItemModel::dataChanged, this, &WorkspaceView::showCurrentTaskDetails);
    connect(&session->taskModel(), &TaskTableModel::aboutToReload, this, &WorkspaceView::keepPlaceInTable);
    connect(&session->taskModel(), &TaskTableModel::reloaded, this, &WorkspaceView::returnToPlaceInTable);
    connect(&session->navigatorModel(), &NavigatorModel::aboutToRebuild, this, &WorkspaceView::keepPlaceInNavigator);
    connect(&session->navigatorModel(), &NavigatorModel::rebuilt, this, &WorkspaceView::returnToPlaceInNavigator);
    connect(&session->changes(), &ChangeFeed::changed, this, &WorkspaceView::follow);

    session->navigatorModel().setDueWithinDays(AppSettings().dueWithinDays());
    fillFilters();
    fillYears(std::nullopt);
    setYear(year());
}

// The years the database has, a year either side of them and of this one; preferred selected, or
// with none the latest year with tasks up to this one.
void WorkspaceView::fillYears(std::optional<int> chosen)
{
    const auto years = m_session->repositories().figures.years();
    const int currentYear = QDate::currentDate().year();
    const int preferred = chosen ? *chosen
                                 : years && !years->isEmpty() ? std::min(years->constLast(), currentYear) : currentYear;
    int first = std::min(preferred, QDate::currentDate().year()) - 1;
    int last = std::max(preferred, QDate::currentDate().year()) + 1;
    if (years && !years->isEmpty()) {
        first = std::min(first, years->constFirst());
        last = std::max(last, years->constLast());
    }
    m_yearCombo->clear();
    for (int year = last; year >= first; --year)
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(preferred));
}

// The fields as they are now; the choice made stays when its field still exists.
void WorkspaceView::fillFilters()
{
    QComboBox *fields = m_ui->fieldFilterCombo;
    const QVariant chosen = fields->currentData();
    fields->clear();
    fields->addItem(tr("All fields"));
    if (const Result<QList<Field>> all = m_session->repositories().fields.all()) {
        for (const Field &field : *all)
            fields->addItem(field.name, field.id);
    }
    fields->setCurrentIndex(std::max(0, fields->findData(chosen)));
}

int WorkspaceView::year() const
{
    return m_yearCombo->currentData().toInt();
}

void WorkspaceView::setYear(int year)
{
    if (!m_session)
        return;
    if (m_yearCombo->findData(year) < 0)
        fillYears(year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(year));
    Q_EMIT yearChanged(year);
    m_session->navigatorModel().setYear(year, QDate::currentDate());
    {
        const QSignalBlocker blocker(m_ui->navigatorView->selectionModel());
        m_ui->navigatorView->setCurrentIndex(m_session->navigatorModel().allTasksIndex());
    }
    m_ui->navigatorView->expandAll();
    restoreFilters();
    applyFilters();
}

void WorkspaceView::searchFor(const QString &text)
{
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    applyFilters();
}

void WorkspaceView::showAllTasks()
{
    // Every task of the year, so that nothing just imported hides behind a filter or a search.
    if (!m_session)
        return;
    showWithoutFilters(m_session->navigatorModel().allTasksIndex());
    m_ui->navigatorView->expandAll();
}

void WorkspaceView::showDueSoon()
{
    // All that falls due, as the status bar counted it.
    if (m_session)
        showWithoutFilters(m_session->navigatorModel().dueSoonIndex());
}

// Chooses entry in the navigator, with no status or field filter and no search left.
void WorkspaceView::showWithoutFilters(const QModelIndex &entry)
{
    {
        const QSignalBlocker navigator(m_ui->navigatorView->selectionModel());
        const QSignalBlocker search(m_searchEdit);
        m_ui->navigatorView->setCurrentIndex(entry);
        m_ui->statusFilterCombo->setCurrentIndex(0);
        m_ui->fieldFilterCombo->setCurrentIndex(0);
        m_searchEdit->clear();
    }
    rememberFilters();
    applyFilters();
}

void WorkspaceView::setDueWithinDays(int days)
{
    if (!m_session)
        return;
    m_session->navigatorModel().setDueWithinDays(days);
    applyFilters();   // the list shown may be "Due soon"
}

void WorkspaceView::showCommitteeName()
{
    const auto settings = m_session->repositories().settings.load();
    m_ui->committeeLabel->setText(settings && settings.value() ? settings.value()->committeeName
                                                               : m_session->workspace().shortName());
}

void WorkspaceView::follow(const ChangeSet &changes)
{
    if (changes.touches(u"field"_s))
        fillFilters();
    if (changes.touches(u"committee_settings"_s))
        showCommitteeName();
    if (changes.touches(u"decision"_s))
        refreshDecisionNotice();
}

void WorkspaceView::refreshDecisionNotice()
{
    m_decisionNotice->refresh(m_session);
}

void WorkspaceView::keepPlaceInTable()
{
    const std::optional<Task> task = currentTask();
    m_keptTaskId = task ? std::optional<qint64>(task->id) : std::nullopt;
    m_keptScroll = m_ui->taskView->verticalScrollBar()->value();
    m_keptColumn = std::max(0, m_ui->taskView->currentIndex().column());
}

void WorkspaceView::returnToPlaceInTable()
{
    if (m_keptTaskId) {
        const int row = m_session->taskModel().rowOf(*m_keptTaskId);
        if (row >= 0)
            m_ui->taskView->setCurrentIndex(m_session->taskModel().index(row, m_keptColumn));
    }
    m_ui->taskView->verticalScrollBar()->setValue(m_keptScroll);
    // The same task may show another field's name, or records read in the same reset.
    showCurrentTaskDetails();
}

void WorkspaceView::keepPlaceInNavigator()
{
    m_keptNavigatorEntry = m_session->navigatorModel().keyOf(m_ui->navigatorView->currentIndex());
}

// The entry chosen before, when it is still there, chosen again without filtering anew: its list
// is the same.
void WorkspaceView::returnToPlaceInNavigator()
{
    const QModelIndex entry = m_session->navigatorModel().indexOfKey(m_keptNavigatorEntry);
    {
        const QSignalBlocker blocker(m_ui->navigatorView->selectionModel());
        m_ui->navigatorView->setCurrentIndex(entry.isValid() ? entry : m_session->navigatorModel().allTasksIndex());
    }
    m_ui->navigatorView->expandAll();
    if (!entry.isValid())
        applyFilters();
}

// The navigator's view decides the year, kind, unit and, for the views that are about one, the
// status; the filters narrow it further. Where the view already chose a status, the status
// filter stands aside and says so.
void WorkspaceView::applyFilters()
{
    if (!m_session)
        return;
    TaskQuery query = m_session->taskModel().query();
    query.searchText = m_searchEdit->text();
    query = m_session->navigatorModel().queryFor(m_ui->navigatorView->currentIndex(), query);
    const bool viewChoseStatus = query.status.has_value();
    m_ui->statusFilterCombo->setEnabled(!viewChoseStatus);
    m_ui->statusFilterCombo->setToolTip(viewChoseStatus ? tr("The view chosen on the left lists tasks of one status.")
                                                        : QString());
    if (const QVariant status = m_ui->statusFilterCombo->currentData(); !viewChoseStatus && status.isValid())
        query.status = fromCode<TaskStatus>(status.toString());
    const QVariant field = m_ui->fieldFilterCombo->currentData();
    query.fieldId = field.isValid() ? std::optional<qint64>(field.toLongLong()) : std::nullopt;
    m_session->taskModel().setQuery(query);
    if (m_session->taskModel().rowCount() > 0)
        m_ui->taskView->selectRow(0);
    followCurrentTask();
}

QString WorkspaceView::filtersKey() const
{
    // Per database, since fields are; the location is percent-encoded to be one settings key.
    return QString::fromLatin1(QUrl::toPercentEncoding(m_session->workspace().location())) + u"/"_s
           + QString::number(year());
}

void WorkspaceView::rememberFilters()
{
    if (!m_session)
        return;
    AppSettings().setTaskFilters(filtersKey(), m_ui->statusFilterCombo->currentData().toString(),
                                 m_ui->fieldFilterCombo->currentData());
}

void WorkspaceView::restoreFilters()
{
    const AppSettings::TaskFilters filters = AppSettings().taskFilters(filtersKey());
    m_ui->statusFilterCombo->setCurrentIndex(std::max(0, m_ui->statusFilterCombo->findData(filters.status)));
    m_ui->fieldFilterCombo->setCurrentIndex(
        filters.field.isValid() ? std::max(0, m_ui->fieldFilterCombo->findData(filters.field)) : 0);
}

std::optional<Task> WorkspaceView::currentTask() const
{
    if (!m_session)
        return std::nullopt;
    const Task *task = m_session->taskModel().taskAt(m_ui->taskView->currentIndex().row());
    return task ? std::optional<Task>(*task) : std::nullopt;
}

QList<Task> WorkspaceView::selectedTasks() const
{
    QList<Task> tasks;
    if (!m_session)
        return tasks;
    for (const QModelIndex &index : m_ui->taskView->selectionModel()->selectedRows()) {
        if (const Task *task = m_session->taskModel().taskAt(index.row()))
            tasks << *task;
    }
    return tasks;
}

std::optional<qint64> WorkspaceView::currentUnitId() const
{
    const QVariant unitId = m_ui->navigatorView->currentIndex().data(NavigatorModel::UnitIdRole);
    return unitId.isValid() ? std::optional<qint64>(unitId.toLongLong()) : std::nullopt;
}

bool WorkspaceView::selectTask(qint64 taskId)
{
    if (!m_session)
        return false;
    const int row = m_session->taskModel().rowOf(taskId);
    if (row >= 0)
        m_ui->taskView->selectRow(row);
    return row >= 0;
}

void WorkspaceView::showCurrentTaskDetails()
{
    m_details->refresh(m_session ? &m_session->repositories() : nullptr, currentTask());
    Q_EMIT currentTaskChanged();
}

void WorkspaceView::followCurrentTask()
{
    m_details->show(m_session ? &m_session->repositories() : nullptr, currentTask());
    Q_EMIT currentTaskChanged();
}

void WorkspaceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_navigatorWidthChosen) {
        const int navigator = std::max(width() / 5, m_ui->navigatorView->minimumSizeHint().width());
        m_ui->mainSplitter->setSizes({navigator, width() - navigator});
    }
}

void WorkspaceView::restoreLayout(const AppSettings &settings)
{
    m_navigatorWidthChosen |= m_ui->mainSplitter->restoreState(settings.layout(u"mainSplitter"_s));
    m_ui->contentSplitter->restoreState(settings.layout(u"contentSplitter"_s));
    if (!m_ui->taskView->horizontalHeader()->restoreState(settings.layout(TaskColumnsKey)))
        m_columns->applyDefaults();
}

void WorkspaceView::saveLayout(AppSettings &settings) const
{
    settings.setLayout(u"mainSplitter"_s, m_ui->mainSplitter->saveState());
    settings.setLayout(u"contentSplitter"_s, m_ui->contentSplitter->saveState());
    const QByteArray columns = m_ui->taskView->model() ? m_ui->taskView->horizontalHeader()->saveState() : m_columnState;
    if (!columns.isEmpty())
        settings.setLayout(TaskColumnsKey, columns);
}

} // namespace dotpha
