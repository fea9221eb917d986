// Bulk writes with the audit trail on, beside the floor: the sqlite3 shell copying the same rows
// into a file of the same schema and indexes. Prints, in one run: generating N tasks (dotpha-cli
// generate), importing a year of registrations (read, plan, check and write, through the
// services), and the shell's copy of the same rows, with the ratios.
//
//   dotpha-bench-bulk [--tasks N] [--import ROWS] [--runs R] [--sqlite3 PATH]

#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "RegistrationExporter.h"
#include "RegistrationImporter.h"
#include "Services.h"
#include "SyntheticDataGenerator.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    out << message << Qt::endl;
    std::exit(1);
}


QString removeFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return path;
}

// The schema of source, and a script that copies its rows into an empty file of it in one
// transaction, as the shell runs it: the data tables' rows, and with trail the change log's too.
QString copyScript(const QString &source, bool trail)
{
    auto workspace = Workspace::open(source, Database::Mode::OpenExisting);
    if (!workspace)
        die(workspace.error().message());
    QSqlQuery query(workspace.value()->database().connection());
    query.exec(u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s);
    QString script = u"PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n"_s;
    while (query.next())
        script += query.value(0).toString() + u";\n"_s;
    script += u"ATTACH '%1' AS source;\n.timer on\nBEGIN IMMEDIATE;\n"_s.arg(source);
    for (const QString &table : {u"committee_settings"_s, u"unit"_s, u"person"_s, u"field"_s})
        script += u"INSERT INTO main.%1 SELECT * FROM source.%1;\n"_s.arg(table);
    script += u"INSERT INTO main.task SELECT * FROM source.task;\n"_s;
    if (trail)
        script += u"INSERT INTO main.audit_log SELECT * FROM source.audit_log;\n"
                  "INSERT INTO main.audit_seal SELECT * FROM source.audit_seal;\n"_s;
    return script + u"COMMIT;\n"_s;
}

// Seconds the shell takes for script on a new file: the sum of its statements' times.
double shellSeconds(const QString &shell, const QString &target, const QString &script)
{
    QProcess process;
    process.start(shell, {removeFiles(target)});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        die(u"the sqlite3 shell failed: "_s + QString::fromUtf8(process.readAllStandardError()));
    double seconds = 0;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Run Time: real "_s))
            seconds += line.section(u' ', 3, 3).toDouble();
    }
    return seconds;
}

double generateSeconds(const QString &path, int tasks)
{
    auto workspace = Workspace::open(removeFiles(path));
    if (!workspace)
        die(workspace.error().message());
    QElapsedTimer timer;
    timer.start();
    if (const Status generated = SyntheticDataGenerator(workspace.value()->repositories()).generate(tasks, 1); !generated)
        die(generated.error().message());
    return double(timer.nsecsElapsed()) / 1e9;
}

// A registration spreadsheet of count rows of the generated file, as a commune sends them:
// statuses cleared, so that they are registrations to review.
QString registrationFile(const QString &source, const QString &folder, int count)
{
    auto workspace = Workspace::open(source, Database::Mode::OpenExisting);
    if (!workspace)
        die(workspace.error().message());
    const QString whole = QDir(folder).filePath(u"year.csv"_s);
    if (const Result<int> written = RegistrationExporter(workspace.value()->repositories()).exportYear(2023, whole);
        !written)
        die(written.error().message());
    const Result<QList<QStringList>> table = RegistrationImporter::readFile(whole);
    if (!table)
        die(table.error().message());
    const qsizetype status = table->first().indexOf(u"Trạng thái"_s);
    QFile file(QDir(folder).filePath(u"registrations.csv"_s));
    if (!file.open(QIODevice::WriteOnly))
        die(u"cannot write the registration file"_s);
    QTextStream csv(&file);
    csv.setEncoding(QStringConverter::Utf8);
    for (qsizetype row = 0; row < std::min<qsizetype>(table->size(), count + 1); ++row) {
        QStringList cells = table->at(row);
        if (row > 0)
            cells[status].clear();
        for (QString &cell : cells)
            cell = u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
        csv << cells.join(u',') << u"\r\n"_s;
    }
    return file.fileName();
}

// Reading, planning and storing file into a new database; returns seconds and the rows stored.
std::pair<double, int> importSeconds(const QString &path, const QString &file)
{
    auto workspace = Workspace::open(removeFiles(path));
    if (!workspace)
        die(workspace.error().message());
    Services services(workspace.value()->repositories());
    RegistrationImporter importer(services);
    QElapsedTimer timer;
    timer.start();
    const Result<QList<QStringList>> table = RegistrationImporter::readFile(file);
    if (!table)
        die(table.error().message());
    const Result<ImportPlan> plan = importer.plan(*table);
    if (!plan)
        die(plan.error().message());
    const Result<RegistrationImporter::Outcome> outcome = importer.execute(*plan, {true, false, file});
    if (!outcome)
        die(outcome.error().message());
    return {double(timer.nsecsElapsed()) / 1e9, outcome->imported};
}

void ratio(const QString &what, const QList<double> &seconds, const QList<double> &floor)
{
    const double ours = bench::median(seconds);
    const double shell = bench::median(floor);
    out << what.leftJustified(52) << u" median "_s << QString::number(ours, 'f', 2) << u" s, shell "_s
        << QString::number(shell, 'f', 2) << u" s, ratio "_s << QString::number(ours / shell, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(),
                                     u"usage: dotpha-bench-bulk [--tasks N] [--import ROWS] [--runs R] [--sqlite3 SHELL]"_s,
                                     {u"--tasks"_s, u"--import"_s, u"--runs"_s, u"--sqlite3"_s});
    const int tasks = options.number(u"--tasks"_s, 100000);
    const int importRows = options.number(u"--import"_s, 10000);
    const int runs = options.number(u"--runs"_s, 3);
    const QString shell = options.value(u"--sqlite3"_s, QStandardPaths::findExecutable(u"sqlite3"_s));
    if (shell.isEmpty())
        die(u"the sqlite3 shell is not installed (Debian package sqlite3)"_s);
    QTemporaryDir folder;
    const QString generated = folder.filePath(u"generated.sqlite"_s);

    QList<double> generating, generatingFloor, generatingFloorWithTrail;
    for (int run = 0; run < runs; ++run)
        generating << generateSeconds(generated, tasks);
    const QString copyData = copyScript(generated, false);
    const QString copyWithTrail = copyScript(generated, true);
    for (int run = 0; run < runs; ++run) {
        generatingFloor << shellSeconds(shell, folder.filePath(u"floor.sqlite"_s), copyData);
        generatingFloorWithTrail << shellSeconds(shell, folder.filePath(u"floor.sqlite"_s), copyWithTrail);
    }
    bench::report(out, u"generate %1 tasks, audited"_s.arg(tasks), [&] {
        QList<double> ms;
        for (const double s : generating)
            ms << s * 1000;
        return ms;
    }());
    ratio(u"generate %1 tasks / shell's copy of the same rows"_s.arg(tasks), generating, generatingFloor);
    ratio(u"generate %1 tasks / shell's copy, change log too"_s.arg(tasks), generating, generatingFloorWithTrail);

    const QString file = registrationFile(generated, folder.path(), importRows);
    QList<double> importing, importingFloor;
    int stored = 0;
    for (int run = 0; run < runs; ++run) {
        const auto [seconds, rows] = importSeconds(folder.filePath(u"imported.sqlite"_s), file);
        importing << seconds;
        stored = rows;
    }
    // The shell copies the same registrations: the units, people and fields, and the tasks the
    // import stored, from the imported file itself.
    QList<double> importingFloorWithTrail;
    const QString copyImported = copyScript(folder.filePath(u"imported.sqlite"_s), false);
    const QString copyImportedWithTrail = copyScript(folder.filePath(u"imported.sqlite"_s), true);
    for (int run = 0; run < runs; ++run) {
        importingFloor << shellSeconds(shell, folder.filePath(u"floor-import.sqlite"_s), copyImported);
        importingFloorWithTrail << shellSeconds(shell, folder.filePath(u"floor-import.sqlite"_s), copyImportedWithTrail);
    }
    bench::report(out, u"import %1 registrations (read, plan, write)"_s.arg(stored), [&] {
        QList<double> ms;
        for (const double s : importing)
            ms << s * 1000;
        return ms;
    }());
    ratio(u"import %1 / shell's copy of the same rows"_s.arg(stored), importing, importingFloor);
    ratio(u"import %1 / shell's copy, change log too"_s.arg(stored), importing, importingFloorWithTrail);
    return 0;
}
