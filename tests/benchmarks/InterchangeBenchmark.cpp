// Times exporting and importing 10,000 registrations as XLSX and as CSV (one year of a generated
// 50,000-task database), reading, planning and writing apart, and planning a file that names
// 20,000 and 50,000 units and people the database does not have yet; each the median of several runs.
//
//   dotpha-bench-interchange [--runs R]

#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "RegistrationColumns.h"
#include "RegistrationExporter.h"
#include "RegistrationImporter.h"
#include "Services.h"
#include "VietnameseTerms.h"
#include "SyntheticDataGenerator.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

// A file of new individual registrations, each by a new person of a new unit.
QList<QStringList> newUnitsTable(int count)
{
    using Column = RegistrationColumns::Column;
    QList<QStringList> table{RegistrationColumns::headers()};
    for (int i = 0; i < count; ++i) {
        QStringList row(RegistrationColumns::ColumnCount);
        row[Column::Year] = u"2026"_s;
        row[Column::Kind] = u"Cá nhân"_s;
        row[Column::Unit] = u"Xã Mới %1"_s.arg(i);
        row[Column::FullName] = u"Nguyễn Văn %1"_s.arg(i);
        row[Column::Position] = u"Bí thư"_s;
        row[Column::Title] = u"Việc đột phá số %1"_s.arg(i);
        row[Column::Field] = u"Lĩnh vực %1"_s.arg(i % 20);
        table << row;
    }
    return table;
}

// How an imported file is taken: as exported, its decisions recorded, or as registrations, each
// decided row made a submitted one.
enum class Kept { Decisions, Registrations };

QList<QStringList> asRegistrations(QList<QStringList> table)
{
    const QString submitted = VietnameseTerms::word(TaskStatus::Submitted);
    for (qsizetype row = 1; row < table.size(); ++row) {
        QString &status = table[row][RegistrationColumns::Status];
        if (status != VietnameseTerms::word(TaskStatus::Draft))
            status = submitted;
    }
    return table;
}

bool benchImport(QTextStream &out, const QTemporaryDir &folder, const QString &file, int runs, Kept kept)
{
    const bool decisions = kept == Kept::Decisions;
    const QString what = decisions ? u"with decisions"_s : u"as registrations"_s;
    QList<double> readTimes, planTimes, writeTimes;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        const QString target = folder.filePath(u"target-%1-%2.sqlite"_s.arg(int(kept)).arg(run) + QFileInfo(file).suffix());
        auto workspace = Workspace::open(target);
        if (!workspace)
            return false;
        Services services(workspace.value()->repositories());
        RegistrationImporter importer(services);
        QElapsedTimer timer;
        timer.start();
        Result<QList<QStringList>> table = RegistrationImporter::readFile(file);
        readTimes << bench::elapsedMs(timer);
        if (table && !decisions)
            table = asRegistrations(*table);
        timer.restart();
        const Result<ImportPlan> plan = table ? importer.plan(*table, {}, -1, decisions) : Result<ImportPlan>(table.error());
        planTimes << bench::elapsedMs(timer);
        timer.restart();
        const Result<RegistrationImporter::Outcome> outcome =
            plan ? importer.execute(*plan, {true, decisions, file}) : Result<RegistrationImporter::Outcome>(plan.error());
        writeTimes << bench::elapsedMs(timer);
        if (!outcome || outcome->imported != int(plan->rows.size())) {
            out << "import failed: " << (outcome ? QString::number(outcome->imported) : outcome.error().message()) << Qt::endl;
            return false;
        }
        rows = int(table->size() - 1);
        if (run == 0)
            out << u"  "_s << what << u": "_s << outcome->imported << u" rows imported, "_s << outcome->decisions
                << u" decisions recorded, "_s << plan->problems.size()
                << u" rows refused (the generator repeats some titles within a unit)"_s << Qt::endl;
    }
    QList<double> planAndWrite;
    for (int run = 0; run < runs; ++run)
        planAndWrite << planTimes.at(run) + writeTimes.at(run);
    bench::report(out, u"  read %1 rows from %2"_s.arg(rows).arg(QFileInfo(file).suffix()), readTimes);
    bench::report(out, u"  plan %1 rows %2"_s.arg(rows).arg(what), planTimes);
    bench::report(out, u"  write them (audit trail on)"_s, writeTimes);
    bench::report(out, u"  plan and write %1 rows %2"_s.arg(rows).arg(what), planAndWrite);
    return true;
}

void benchPlanningNewUnits(QTextStream &out, const QTemporaryDir &folder, int runs)
{
    auto workspace = Workspace::open(folder.filePath(u"planning.sqlite"_s));
    if (!workspace)
        return;
    Services services(workspace.value()->repositories());
    RegistrationImporter importer(services);
    for (const int count : {20000, 50000}) {
        const QList<QStringList> table = newUnitsTable(count);
        QList<double> times;
        qsizetype units = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<ImportPlan> plan = importer.plan(table);
            times << bench::elapsedMs(timer);
            units = plan ? plan->newUnits.size() : -1;
        }
        bench::report(out, u"plan %1 rows naming %2 new units"_s.arg(count).arg(units), times);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(), u"usage: dotpha-bench-interchange [--runs R]"_s,
                                     {u"--runs"_s});
    const int runs = options.number(u"--runs"_s, 5);
    QTextStream out(stdout);
    QTemporaryDir folder;

    auto source = Workspace::open(folder.filePath(u"source.sqlite"_s));
    if (!source || !SyntheticDataGenerator(source.value()->repositories()).generate(50000, 1)) {
        out << "cannot generate the source database" << Qt::endl;
        return 1;
    }
    RegistrationExporter exporter(source.value()->repositories());
    for (const QString &format : {u"xlsx"_s, u"csv"_s}) {
        const QString file = folder.filePath(u"year."_s + format);
        int rows = 0;
        QList<double> exportTimes;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<int> written = exporter.exportYear(2023, file);
            exportTimes << bench::elapsedMs(timer);
            rows = written ? *written : -1;
        }
        bench::report(out, u"export %1 rows to %2"_s.arg(rows).arg(format), exportTimes);

        // As the generator made them, mostly decided: an administrator records those decisions.
        if (!benchImport(out, folder, file, runs, Kept::Decisions))
            return 1;
        // As communes send them: registrations, the decisions still to be taken.
        if (!benchImport(out, folder, file, runs, Kept::Registrations))
            return 1;
    }
    benchPlanningNewUnits(out, folder, runs);
    return 0;
}
