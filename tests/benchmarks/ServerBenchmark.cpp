// The same steps on a file and on the office server, side by side, on the same generated tasks:
// opening to the first page, a year's summary, search per keystroke, saving one task and importing
// 10,000 rows. Prints each backend's median and the ratio server / file.
//
//   dotpha-bench-server --db postgresql://HOST/DATABASE [--tasks N] [--runs R] [--filled]
//
// DATABASE must be prepared and empty (dotpha-cli --db URL server init); the benchmark fills it.
// With --filled it is measured as an earlier run left it, to try a change of the server's quickly.

#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "RegistrationColumns.h"
#include "RegistrationImporter.h"
#include "Services.h"
#include "SummaryService.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"
#include "TaskService.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &what, const Error &error)
{
    out << what << u": "_s << error.message() << Qt::endl;
    std::exit(1);
}

std::unique_ptr<Workspace> openOrDie(const QString &location)
{
    auto workspace = Workspace::open(location, Database::Mode::OpenExisting);
    if (!workspace)
        die(location, workspace.error());
    return std::move(workspace).value();
}

QList<double> timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << bench::elapsedMs(timer);
    }
    return times;
}

// A file of count new individual registrations, each by a new person of a new unit, named apart
// by batch so that every run imports rows the database does not hold yet.
QList<QStringList> newRegistrations(int count, const QString &batch)
{
    using Column = RegistrationColumns::Column;
    QList<QStringList> table{RegistrationColumns::headers()};
    for (int i = 0; i < count; ++i) {
        QStringList row(RegistrationColumns::ColumnCount);
        row[Column::Year] = u"2026"_s;
        row[Column::Kind] = u"Cá nhân"_s;
        row[Column::Unit] = u"Xã Mới %1-%2"_s.arg(batch).arg(i);
        row[Column::FullName] = u"Nguyễn Văn %1-%2"_s.arg(batch).arg(i);
        row[Column::Position] = u"Bí thư"_s;
        row[Column::Title] = u"Việc đột phá số %1-%2"_s.arg(batch).arg(i);
        row[Column::Field] = u"Lĩnh vực %1"_s.arg(i % 20);
        table << row;
    }
    return table;
}

// Each step's samples on one backend.
struct Figures
{
    QList<double> openToFirstPage;
    QList<double> summary;
    QList<double> searchPerKey;
    QList<double> saveOneTask;
    QList<double> import10k;
};

TaskQuery firstPageOf(int year)
{
    TaskQuery query;
    query.year = year;
    query.limit = 100;
    return query;
}

// Tasks a clerk may still edit (drafts and submitted registrations: a decided one changes only by
// a reviewer's adjustment), count of them at most, oldest first.
QList<qint64> registrationsStillOpen(Repositories &repositories, int count)
{
    QList<qint64> found;
    for (qint64 id = 1; found.size() < count && id <= 100000; ++id) {
        const Result<Task> task = repositories.tasks.find(id);
        if (task && (task->status == TaskStatus::Draft || task->status == TaskStatus::Submitted))
            found << id;
    }
    return found;
}

Figures measure(const QString &location, int runs)
{
    // Names this process's saves and imports apart from an earlier run's on a --filled database,
    // so that each save changes its task and each import adds new rows.
    const QString runName = QString::number(QDateTime::currentSecsSinceEpoch(), 36);
    Figures figures;
    figures.openToFirstPage = timeRuns(runs, [&] {
        auto workspace = openOrDie(location);
        const TaskQuery query = firstPageOf(2023);
        (void)workspace->repositories().tasks.count(query);
        (void)workspace->repositories().tasks.list(query);
    });
    auto workspace = openOrDie(location);
    Repositories &repositories = workspace->repositories();
    figures.summary = timeRuns(runs, [&] {
        if (const auto summary = SummaryService(repositories).summaryOf(2023); !summary)
            die(u"summary"_s, summary.error());
    });
    const QString typed = u"giai phong mat bang"_s;
    for (int run = 0; run < runs; ++run) {
        for (int length = 1; length <= typed.size(); ++length) {
            TaskQuery query;
            query.searchText = typed.left(length);
            query.limit = 100;
            figures.searchPerKey << timeRuns(1, [&] {
                (void)repositories.tasks.count(query);
                (void)repositories.tasks.list(query);
            });
        }
    }
    Services services(repositories);
    const QList<qint64> editable = registrationsStillOpen(repositories, runs * 20);
    for (int i = 0; i < editable.size(); ++i) {
        Result<Task> task = services.tasks().find(editable.at(i));
        if (!task)
            die(u"find"_s, task.error());
        task->content = u"Nội dung lần %1-%2"_s.arg(runName).arg(i);
        figures.saveOneTask << timeRuns(1, [&] {
            if (const Result<int> saved = services.tasks().update(*task); !saved)
                die(u"save"_s, saved.error());
        });
    }
    RegistrationImporter importer(services);
    for (int run = 0; run < std::max(1, runs / 2); ++run) {
        const QList<QStringList> table = newRegistrations(10000, runName + u"-"_s + QString::number(run));
        figures.import10k << timeRuns(1, [&] {
            const Result<ImportPlan> plan = importer.plan(table);
            if (!plan)
                die(u"import plan"_s, plan.error());
            const auto outcome = importer.execute(*plan, {true, false, u"bench.xlsx"_s});
            if (!outcome)
                die(u"import"_s, outcome.error());
        });
    }
    return figures;
}

void generate(const QString &location, int taskCount)
{
    auto workspace = Workspace::open(location);
    if (!workspace)
        die(location, workspace.error());
    QElapsedTimer timer;
    timer.start();
    if (const Status generated = SyntheticDataGenerator(workspace.value()->repositories()).generate(taskCount, 1);
        !generated)
        die(u"generate"_s, generated.error());
    bench::report(out, u"generate %1 tasks on %2 (one run)"_s.arg(taskCount).arg(workspace.value()->shortName()),
                  {double(timer.elapsed())});
    // What autovacuum does within minutes of a load, and an upload does at once (ServerUpload):
    // the planner's statistics and the visibility map an index-only count needs.
    if (ServerAddress::isServerAddress(location))
        QSqlQuery(workspace.value()->storage().connection()).exec(u"VACUUM (ANALYZE)"_s);
}

void compare(const QString &what, const QList<double> &file, const QList<double> &server)
{
    const double fileMedian = bench::median(file);
    const double serverMedian = bench::median(server);
    out << what.leftJustified(40) << QString::number(fileMedian, 'f', 1).rightJustified(12)
        << QString::number(serverMedian, 'f', 1).rightJustified(12)
        << QString::number(serverMedian / fileMedian, 'f', 2).rightJustified(10) << u"   ("_s << file.size()
        << u" samples each)"_s << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString usage = u"usage: dotpha-bench-server --db postgresql://HOST/DATABASE [--tasks N] [--runs R] [--filled]"_s;
    const bench::CommandLine options(application.arguments(), usage, {u"--db"_s, u"--tasks"_s, u"--runs"_s},
                                     {u"--filled"_s});
    const QString server = options.value(u"--db"_s, {});
    if (!ServerAddress::isServerAddress(server)) {
        out << usage << Qt::endl;
        return 2;
    }
    const int taskCount = options.number(u"--tasks"_s, 100000);
    const int runs = options.number(u"--runs"_s, 5);
    QTemporaryDir folder;
    const QString file = folder.filePath(u"bench.sqlite"_s);

    out << u"Dotpha file and server side by side: "_s << taskCount << u" generated tasks (seed 1), "_s << runs
        << u" runs"_s << Qt::endl;
    generate(file, taskCount);
    // --filled: the server database holds an earlier run's tasks (and its saves and imports).
    if (!options.isSet(u"--filled"_s))
        generate(server, taskCount);
    const Figures onFile = measure(file, runs);
    const Figures onServer = measure(server, runs);
    out << u"step"_s.leftJustified(40) << u"file ms"_s.rightJustified(12) << u"server ms"_s.rightJustified(12)
        << u"ratio"_s.rightJustified(10) << Qt::endl;
    compare(u"open to the first page"_s, onFile.openToFirstPage, onServer.openToFirstPage);
    compare(u"a year's summary"_s, onFile.summary, onServer.summary);
    compare(u"search, per keystroke"_s, onFile.searchPerKey, onServer.searchPerKey);
    compare(u"save one task"_s, onFile.saveOneTask, onServer.saveOneTask);
    compare(u"import 10,000 rows"_s, onFile.import10k, onServer.import10k);
    return 0;
}
