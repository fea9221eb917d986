// Measures the foundation's figures on generated data: generating N tasks, opening the file,
// a year's summary, an accent-insensitive search, and what the audit trail costs. Prints medians of repeated runs.
//
//   dotpha-bench-storage [--tasks N] [--runs R] [--keep PATH]

#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "AuditRepository.h"
#include "PasswordHash.h"
#include "SummaryService.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

// Milliseconds of each of `runs` calls of work.
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

std::unique_ptr<Workspace> openOrDie(const QString &path)
{
    auto workspace = Workspace::open(path, Database::Mode::OpenExisting);
    if (!workspace) {
        out << workspace.error().message() << Qt::endl;
        std::exit(1);
    }
    return std::move(workspace).value();
}

void dropAuditTriggers(Workspace &workspace)
{
    QSqlQuery query(workspace.database().connection());
    QStringList triggers;
    query.exec(u"SELECT name FROM sqlite_temp_master WHERE type = 'trigger'"_s);
    while (query.next())
        triggers << query.value(0).toString();
    for (const QString &trigger : triggers)
        query.exec(u"DROP TRIGGER temp.%1"_s.arg(trigger));
}

// Generating count tasks into a new file, audited and with the triggers dropped, one after the
// other in this run: what recording each insertion costs in bulk.
void measureAuditedGeneration(const QString &folder, int count)
{
    for (const bool audited : {true, false}) {
        const QString path = folder + (audited ? u"/audited.sqlite"_s : u"/bare.sqlite"_s);
        auto workspace = Workspace::open(path);
        if (!workspace)
            std::exit(1);
        if (!audited)
            dropAuditTriggers(*workspace.value());
        QElapsedTimer timer;
        timer.start();
        if (!SyntheticDataGenerator(workspace.value()->repositories()).generate(count, 1))
            std::exit(1);
        bench::report(out, u"generate %1, %2"_s.arg(count).arg(audited ? u"audited"_s : u"triggers dropped"_s),
                      {double(timer.elapsed())});
        workspace.value().reset();
        out << u"  file size "_s << QFileInfo(path).size() / (1024 * 1024) << u" MiB"_s << Qt::endl;
    }
}

// Saves one task, as the editor does, runs*20 times: each save is its own transaction.
QList<double> timeTaskSaves(Repositories &repositories, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs * 20; ++i) {
        Task task = *repositories.tasks.find(1 + i % 1000);
        task.assessment = u"Đánh giá lần %1"_s.arg(i);
        times << timeRuns(1, [&] {
            if (!repositories.tasks.update(task))
                std::exit(1);
        });
    }
    return times;
}

// What the audit trail costs: a save with and without its triggers (and the seal), on the same
// connection in the same run; checking the whole chain; the change log's first page.
void measureAudit(Workspace &workspace, int runs)
{
    Repositories &repositories = workspace.repositories();
    out << u"audit records "_s << *repositories.audit.count() << Qt::endl;
    const QList<double> audited = timeTaskSaves(repositories, runs);
    bench::report(out, u"save one task, audited (triggers + seal)"_s, audited);
    dropAuditTriggers(workspace);
    const QList<double> bare = timeTaskSaves(repositories, runs);
    bench::report(out, u"save one task, triggers dropped (seal still runs)"_s, bare);
    out << u"ratio audited / bare (medians) "_s << QString::number(bench::median(audited) / bench::median(bare), 'f', 2)
        << Qt::endl;
    const PasswordHash stored = PasswordHash::create(u"mật khẩu của văn thư"_s);
    bench::report(out, u"check a password (PBKDF2, %1 iterations)"_s.arg(PasswordHash::DefaultIterations),
                  timeRuns(runs, [&] {
                      if (!stored.matches(u"mật khẩu của văn thư"_s))
                          std::exit(1);
                  }));
    bench::report(out, u"check the whole audit chain"_s, timeRuns(runs, [&] {
        if (!repositories.audit.verify())
            std::exit(1);
    }));
    bench::report(out, u"change log: count + first page of 500"_s, timeRuns(runs, [&] {
        (void)repositories.audit.count();
        (void)repositories.audit.newest(500);
    }));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(),
                                     u"usage: dotpha-bench-storage [--tasks N] [--runs R] [--keep FILE]"_s,
                                     {u"--tasks"_s, u"--runs"_s, u"--keep"_s});
    const int taskCount = options.number(u"--tasks"_s, 100000);
    const int runs = options.number(u"--runs"_s, 7);
    QTemporaryDir folder;
    const QString path = options.value(u"--keep"_s, folder.filePath(u"bench.sqlite"_s));

    out << u"Dotpha storage benchmark: "_s << taskCount << u" generated tasks (seed 1), "_s << runs << u" runs"_s
        << Qt::endl;
    {
        auto created = Workspace::open(path);
        if (!created) {
            out << created.error().message() << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const Status generated = SyntheticDataGenerator(created.value()->repositories()).generate(taskCount, 1);
        if (!generated) {
            out << generated.error().message() << Qt::endl;
            return 1;
        }
        bench::report(out, u"generate (one run)"_s, {double(timer.elapsed())});
    }
    out << u"file size "_s << QFileInfo(path).size() / (1024 * 1024) << u" MiB"_s << Qt::endl;

    bench::report(out, u"open (checks, quick_check, pragmas)"_s, timeRuns(runs, [&] { openOrDie(path); }));

    auto workspace = openOrDie(path);
    Repositories &repositories = workspace->repositories();
    bench::report(out, u"summary of one year (figures and sentence)"_s, timeRuns(runs, [&] {
        if (!SummaryService(repositories).summaryOf(2023))
            std::exit(1);
    }));

    TaskQuery firstPage;
    firstPage.year = 2023;
    firstPage.limit = 100;
    bench::report(out, u"first page of 100 tasks of a year"_s, timeRuns(runs, [&] { (void)repositories.tasks.list(firstPage); }));

    // What a clerk types, one keystroke at a time: each prefix is one search.
    const QString typed = u"giai phong mat bang"_s;
    QList<double> perKeystroke;
    for (int i = 0; i < runs; ++i) {
        for (int length = 1; length <= typed.size(); ++length) {
            TaskQuery query;
            query.searchText = typed.left(length);
            query.limit = 100;
            perKeystroke << timeRuns(1, [&] {
                (void)repositories.tasks.count(query);
                (void)repositories.tasks.list(query);
            });
        }
    }
    bench::report(out, u"search as you type: count + first 100, per key"_s, perKeystroke);

    measureAudit(*workspace, runs);
    measureAuditedGeneration(folder.path(), taskCount / 5);
    return 0;
}
