// A load test of an office: N simulated users at once, each on a connection and an account of its
// own (clerks, reviewers and an administrator), registering, editing the same tasks, deciding,
// logging progress and importing, for S seconds, against a file or the office server. Then it
// checks that every save acknowledged is in the database as acknowledged (none lost to another
// save that did not see it) and that the change log's chain verifies.
//
//   dotpha-bench-office --clients N --seconds S [--db postgresql://HOST/DATABASE]
//
// Without --db the office works on a new file. A server database must be prepared (dotpha-cli
// server init); each run adds its own accounts, units and tasks. Exits 1 on any lost save, failed
// step or broken chain.

#include "AuditRepository.h"
#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "PasswordHash.h"
#include "ProgressService.h"
#include "RegistrationColumns.h"
#include "RegistrationImporter.h"
#include "ReviewService.h"
#include "Services.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "UnitRepository.h"
#include "UserRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);
constexpr int HotTasks = 20;   // the tasks every clerk edits
constexpr int Year = 2026;

// A save of a task's content that the database acknowledged: the version it returned.
struct Acknowledged
{
    qint64 taskId = 0;
    int version = 0;
    QString content;
};

// What one simulated user did.
struct ClientFigures
{
    QList<double> saveMs;
    QList<Acknowledged> saves;
    int conflicts = 0;   // someone saved first: told, nothing overwritten
    int refused = 0;     // a rule said no (a task decided meanwhile)
    QHash<QString, int> refusals;   // how many of each message
    int busy = 0;        // the write lock was not had within the wait
    int registered = 0;
    int decided = 0;
    int notes = 0;
    int imported = 0;
    QStringList failures;
};

struct Office
{
    QString location;
    QList<User> accounts;   // one per client
    QList<qint64> hot;
    qint64 unitId = 0;
    QString runName;
};

[[noreturn]] void die(const QString &what, const Error &error)
{
    out << what << u": "_s << error.message() << Qt::endl;
    std::exit(1);
}

UserRole roleOfClient(int index)
{
    if (index == 0)
        return UserRole::Administrator;
    return index % 4 == 1 ? UserRole::Reviewer : UserRole::Clerk;
}

// The accounts, a unit and the hot tasks, written through the services by the first account.
Office prepare(const QString &location, int clients)
{
    Office office;
    office.location = location;
    office.runName = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    auto opened = Workspace::open(location, Database::Mode::OpenOrCreate);
    if (!opened)
        die(location, opened.error());
    Repositories &repositories = (*opened)->repositories();
    for (int i = 0; i < clients; ++i) {
        User account;
        account.role = roleOfClient(i);
        account.login = u"office-%1-%2"_s.arg(office.runName).arg(i);
        account.displayName = u"%1 số %2"_s.arg(toCode(account.role)).arg(i);
        account.password = PasswordHash::create(account.login, 1000);
        const Result<qint64> id = repositories.users.add(account);
        if (!id)
            die(u"account"_s, id.error());
        account.id = *id;
        office.accounts << account;
    }
    Unit unit;
    unit.name = u"Xã Tải Thử %1"_s.arg(office.runName);
    unit.kind = UnitKind::Commune;
    const Result<qint64> unitId = repositories.units.add(unit);
    if (!unitId)
        die(u"unit"_s, unitId.error());
    office.unitId = *unitId;
    Services services(repositories);
    services.setActor(office.accounts.constFirst());
    (void)repositories.audit.setActor(office.accounts.constFirst().id, office.accounts.constFirst().displayName);
    for (int i = 0; i < HotTasks; ++i) {
        Task task;
        task.year = Year;
        task.unitId = office.unitId;
        task.title = u"Việc dùng chung số %1"_s.arg(i);
        task.deadline = QDate(Year, 12, 31);
        const Result<qint64> id = services.tasks().add(task);
        if (!id)
            die(u"hot task"_s, id.error());
        office.hot << *id;
    }
    return office;
}

void count(ClientFigures &figures, const Error &error, const QString &step)
{
    switch (error.kind()) {
    case Error::Kind::Conflict:
        ++figures.conflicts;
        break;
    case Error::Kind::Refused:
    case Error::Kind::NotFound:
        ++figures.refused;
        ++figures.refusals[step + u": "_s + error.message().left(90)];
        break;
    case Error::Kind::Locked:
        ++figures.busy;
        break;
    default:
        figures.failures << step + u": "_s + error.message();
    }
}

class Client
{
public:
    Client(const Office &office, int index, ClientFigures &figures)
        : m_office(office), m_index(index), m_account(office.accounts.at(index)), m_figures(figures),
          m_random(quint32(index + 1))
    {
    }

    void run(const QDeadlineTimer &deadline)
    {
        auto opened = Workspace::open(m_office.location, Database::Mode::OpenExisting);
        if (!opened) {
            m_figures.failures << opened.error().message();
            return;
        }
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        (void)workspace->setLockWait(5000);
        m_repositories = &workspace->repositories();
        Services services(*m_repositories);
        m_services = &services;
        services.setActor(m_account);
        (void)m_repositories->audit.setActor(m_account.id, m_account.displayName);
        for (int step = 0; !deadline.hasExpired(); ++step) {
            if (m_account.role == UserRole::Reviewer)
                decide();
            else
                actAsClerk(step);
        }
    }

private:
    void actAsClerk(int step)
    {
        const int roll = int(m_random.bounded(100));
        if (roll < 70)
            editHotTask(step);
        else if (roll < 85)
            logProgress();
        else if (roll < 97)
            registerTask(step);
        else
            importRows(step);
    }

    qint64 anyHotTask() { return m_office.hot.at(int(m_random.bounded(qsizetype(m_office.hot.size())))); }

    void editHotTask(int step)
    {
        Result<Task> task = m_services->tasks().find(anyHotTask());
        if (!task) {
            count(m_figures, task.error(), u"find"_s);
            return;
        }
        task->content = u"Sửa lần %1 của người %2 (%3)"_s.arg(step).arg(m_index).arg(m_office.runName);
        QElapsedTimer timer;
        timer.start();
        const Result<int> saved = m_services->tasks().update(*task);
        m_figures.saveMs << bench::elapsedMs(timer);
        if (saved)
            m_figures.saves << Acknowledged{task->id, *saved, task->content};
        else
            count(m_figures, saved.error(), u"save"_s);
    }

    // One of the first few tasks of the year in status (in the list's order), picked at random (several clients reach
    // for the same ones).
    std::optional<qint64> oneOfTheFirst(TaskStatus status)
    {
        TaskQuery query;
        query.year = Year;
        query.status = status;
        query.limit = 4;
        const Result<QList<Task>> found = m_repositories->tasks.list(query);
        if (!found || found->isEmpty())
            return std::nullopt;
        return found->at(int(m_random.bounded(int(found->size())))).id;
    }

    // Progress is logged on approved tasks: the registrations the reviewers approved.
    void logProgress()
    {
        const std::optional<qint64> approved = oneOfTheFirst(TaskStatus::Approved);
        if (!approved)
            return;
        ProgressNote note;
        note.taskId = *approved;
        note.notedOn = QDate(Year, 6, 30);
        note.percent = int(m_random.bounded(101));
        note.text = u"Tiến độ do người %1 ghi"_s.arg(m_index);
        if (const Result<qint64> added = m_services->progress().addNote(m_account, note))
            ++m_figures.notes;
        else
            count(m_figures, added.error(), u"progress"_s);
    }

    void registerTask(int step)
    {
        Task task;
        task.year = Year;
        task.unitId = m_office.unitId;
        task.title = u"Đăng ký mới %1-%2-%3"_s.arg(m_office.runName).arg(m_index).arg(step);
        task.expectedResult = u"Hoàn thành trong năm"_s;
        task.deadline = QDate(Year, 12, 31);
        task.status = TaskStatus::Submitted;
        if (const Result<qint64> added = m_services->tasks().add(task))
            ++m_figures.registered;
        else
            count(m_figures, added.error(), u"register"_s);
    }

    void importRows(int step)
    {
        using Column = RegistrationColumns::Column;
        QList<QStringList> table{RegistrationColumns::headers()};
        for (int i = 0; i < 20; ++i) {
            QStringList row(RegistrationColumns::ColumnCount);
            row[Column::Year] = QString::number(Year);
            row[Column::Kind] = u"Tập thể"_s;
            row[Column::Unit] = u"Xã Tải Thử %1"_s.arg(m_office.runName);
            row[Column::Title] = u"Nhập từ tệp %1-%2-%3-%4"_s.arg(m_office.runName).arg(m_index).arg(step).arg(i);
            table << row;
        }
        RegistrationImporter importer(*m_services);
        const Result<ImportPlan> plan = importer.plan(table);
        if (!plan) {
            count(m_figures, plan.error(), u"import plan"_s);
            return;
        }
        if (const auto done = importer.execute(*plan, {true, false, u"tai-thu.xlsx"_s}))
            m_figures.imported += 20;
        else
            count(m_figures, done.error(), u"import"_s);
    }

    // A reviewer approves the registrations submitted; two reviewers reaching the same one find it
    // decided.
    void decide()
    {
        const std::optional<qint64> submitted = oneOfTheFirst(TaskStatus::Submitted);
        if (!submitted) {
            QThread::msleep(20);
            return;
        }
        const ReviewService::Details details{QDate(Year, 3, 31), u"Số 1-QĐ/HU"_s, u"Đạt yêu cầu"_s};
        if (const Result<int> approved = m_services->review().approve(m_account, *submitted, details))
            ++m_figures.decided;
        else
            count(m_figures, approved.error(), u"approve"_s);
    }

    const Office &m_office;
    const int m_index;
    const User m_account;
    ClientFigures &m_figures;
    QRandomGenerator m_random;
    Repositories *m_repositories = nullptr;
    Services *m_services = nullptr;
};

// Every acknowledged save must be in the task's history of content, no two may have been given
// the same version (one would have overwritten the other unseen), and the content stored now is
// the one of the save with the highest version.
int lostSaves(Repositories &repositories, const QList<Acknowledged> &saves, QStringList &why)
{
    QHash<qint64, QList<Acknowledged>> byTask;
    for (const Acknowledged &save : saves)
        byTask[save.taskId] << save;
    int lost = 0;
    for (auto it = byTask.begin(); it != byTask.end(); ++it) {
        QList<Acknowledged> &ofTask = it.value();
        std::sort(ofTask.begin(), ofTask.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
        const Result<QList<AuditEntry>> history = repositories.audit.ofTask(it.key());
        QSet<QString> recorded;
        if (history) {
            for (const AuditEntry &entry : *history)
                if (entry.entity == u"task"_s && entry.field == u"content"_s && entry.newValue)
                    recorded.insert(*entry.newValue);
        }
        for (qsizetype i = 0; i < ofTask.size(); ++i) {
            if (!recorded.contains(ofTask.at(i).content)) {
                ++lost;
                why << u"task %1: “%2” is not in its history"_s.arg(it.key()).arg(ofTask.at(i).content);
            }
            if (i > 0 && ofTask.at(i).version == ofTask.at(i - 1).version) {
                ++lost;
                why << u"task %1: two saves acknowledged as version %2"_s.arg(it.key()).arg(ofTask.at(i).version);
            }
        }
        const Result<Task> stored = repositories.tasks.find(it.key());
        if (!stored || stored->content != ofTask.constLast().content) {
            ++lost;
            why << u"task %1: the latest acknowledged save is not what is stored"_s.arg(it.key());
        }
    }
    return lost;
}

QString percentiles(QList<double> samples)
{
    if (samples.isEmpty())
        return u"no samples"_s;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double share) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(share * samples.size()))); };
    return u"p50 %1  p95 %2  p99 %3  max %4 ms (%5 saves)"_s.arg(at(0.50), 0, 'f', 1).arg(at(0.95), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1).arg(samples.constLast(), 0, 'f', 1).arg(samples.size());
}

void line(const QString &what, const QString &value)
{
    out << what.leftJustified(34) << value << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString usage =
        u"usage: dotpha-bench-office [--clients N (2 or more, 4 if not given)] [--seconds S (120)] [--db FILE|postgresql://HOST/DATABASE]"_s;
    const bench::CommandLine options(application.arguments(), usage, {u"--clients"_s, u"--seconds"_s, u"--db"_s});
    const int clients = options.number(u"--clients"_s, 4);
    const int seconds = options.number(u"--seconds"_s, 120);
    QTemporaryDir folder;
    const QString location = options.value(u"--db"_s, folder.filePath(u"office.sqlite"_s));
    if (clients < 2 || seconds < 1) {
        out << usage << Qt::endl;
        return 2;
    }
    const Office office = prepare(location, clients);
    out << u"dotpha-bench-office: %1 clients for %2 s on %3"_s.arg(clients).arg(seconds).arg(location) << Qt::endl;

    QList<ClientFigures> figures(clients);
    QList<QThread *> threads;
    const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    for (int i = 0; i < clients; ++i) {
        threads << QThread::create([&office, &figures, i, deadline] { Client(office, i, figures[i]).run(deadline); });
        threads.constLast()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }

    ClientFigures all;
    for (const ClientFigures &client : figures) {
        all.saveMs << client.saveMs;
        all.saves << client.saves;
        all.conflicts += client.conflicts;
        all.refused += client.refused;
        for (auto it = client.refusals.cbegin(); it != client.refusals.cend(); ++it)
            all.refusals[it.key()] += it.value();
        all.busy += client.busy;
        all.registered += client.registered;
        all.decided += client.decided;
        all.notes += client.notes;
        all.imported += client.imported;
        all.failures << client.failures;
    }
    auto checking = Workspace::open(location, Database::Mode::OpenExisting);
    if (!checking)
        die(location, checking.error());
    QStringList why;
    const int lost = lostSaves((*checking)->repositories(), all.saves, why);
    const Result<QStringList> chain = (*checking)->repositories().audit.verify();
    const Result<int> records = (*checking)->repositories().audit.count();

    line(u"saves acknowledged"_s, QString::number(all.saves.size()));
    line(u"conflicts detected"_s, QString::number(all.conflicts));
    line(u"refused by a rule"_s, QString::number(all.refused));
    for (auto it = all.refusals.cbegin(); it != all.refusals.cend(); ++it)
        out << u"  "_s << QString::number(it.value()).rightJustified(6) << u" × "_s << it.key() << Qt::endl;
    line(u"waited past the lock wait"_s, QString::number(all.busy));
    line(u"registered / decided / notes"_s, u"%1 / %2 / %3"_s.arg(all.registered).arg(all.decided).arg(all.notes));
    line(u"rows imported"_s, QString::number(all.imported));
    line(u"saves lost"_s, QString::number(lost));
    line(u"chain verified"_s, chain && chain->isEmpty() ? u"yes (%1 records)"_s.arg(records ? *records : 0)
                                                        : u"NO"_s);
    line(u"save latency"_s, percentiles(all.saveMs));
    line(u"failed steps"_s, QString::number(all.failures.size()));
    for (const QString &failure : all.failures.mid(0, 10))
        out << u"  failed: "_s << failure << Qt::endl;
    for (const QString &reason : why.mid(0, 10))
        out << u"  lost: "_s << reason << Qt::endl;
    if (chain && !chain->isEmpty())
        for (const QString &problem : chain->mid(0, 10))
            out << u"  chain: "_s << problem << Qt::endl;
    return lost == 0 && chain && chain->isEmpty() && all.failures.isEmpty() ? 0 : 1;
}
