// Times exporting and importing 10,000 registrations as XLSX and as CSV (one year of a generated
// 50,000-task database), each the median of several runs.
//
//   dotpha-bench-interchange [--runs R]

#include "BenchmarkReport.h"
#include "RegistrationExporter.h"
#include "RegistrationImporter.h"
#include "Services.h"
#include "SyntheticDataGenerator.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace dotpha;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const qsizetype at = arguments.indexOf(u"--runs"_s);
    const int runs = at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : 5;
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

        QList<double> importTimes;
        for (int run = 0; run < runs; ++run) {
            const QString target = folder.filePath(u"target-%1-%2.sqlite"_s.arg(format).arg(run));
            auto workspace = Workspace::open(target);
            if (!workspace)
                return 1;
            QElapsedTimer timer;
            timer.start();
            // The generated tasks are mostly decided: the system account records those decisions.
            Services services(workspace.value()->repositories());
            RegistrationImporter importer(services);
            const Result<QList<QStringList>> table = RegistrationImporter::readFile(file);
            const Result<ImportPlan> plan = table ? importer.plan(*table, {}, -1, true) : Result<ImportPlan>(table.error());
            const Result<RegistrationImporter::Outcome> outcome =
                plan ? importer.execute(*plan, {true, true, file}) : Result<RegistrationImporter::Outcome>(plan.error());
            const Result<int> imported = outcome ? Result<int>(outcome->imported) : Result<int>(outcome.error());
            importTimes << bench::elapsedMs(timer);
            if (run == 0 && plan)
                out << u"  "_s << plan->rows.size() << u" rows imported, "_s << plan->duplicates
                    << u" skipped as duplicates (the generator repeats some titles within a unit)"_s << Qt::endl;
            if (!imported || *imported != int(plan->rows.size())) {
                out << "import failed: " << (imported ? QString::number(*imported) : imported.error().message()) << Qt::endl;
                return 1;
            }
        }
        bench::report(out, u"import %1 rows from %2 (read, check, write)"_s.arg(rows).arg(format), importTimes);
    }
    return 0;
}
