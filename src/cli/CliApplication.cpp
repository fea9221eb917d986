#include "CliApplication.h"

#include "AuditExporter.h"
#include "AuditRepository.h"

#include "CommitteeSettingsRepository.h"
#include "EnumNames.h"
#include "PdfExporter.h"
#include "DecisionRepository.h"
#include "RegistrationExporter.h"
#include "RegistrationImporter.h"
#include "RegistrationList.h"
#include "TaskRepository.h"
#include "TaskSheet.h"
#include "ReportDataService.h"
#include "YearEndReport.h"
#include "SampleData.h"
#include "Services.h"
#include "SummaryService.h"
#include "SyntheticDataGenerator.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dotpha {

struct CliApplication::Invocation
{
    QString databasePath;
    QString command;
    QStringList arguments;   // after the command
    QCommandLineParser *parser = nullptr;
    QCommandLineOption *sample, *year, *json, *tasks, *seed, *committee, *superior, *place, *symbol;
    QCommandLineOption *kind, *outFile, *number, *date, *signer, *signerPosition, *task, *templateOption;
    QCommandLineOption *dryRun, *createMissing, *skipInvalid;

    QString value(const QCommandLineOption *option) const { return parser->value(*option); }
    bool isSet(const QCommandLineOption *option) const { return parser->isSet(*option); }
};

namespace {

// An integer option within [minimum, maximum], or nullopt.
std::optional<int> intOption(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

template <typename Enum>
void printCounts(QTextStream &out, const QString &heading, const QMap<Enum, int> &counts)
{
    out << heading << u":"_s;
    for (const Enum value : allValues<Enum>())
        out << u"  "_s << EnumNames::name(value) << u" "_s << counts.value(value, 0);
    out << Qt::endl;
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApplication::usage() const
{
    // Each command's synopsis is the same in every language; its description is translated.
    const QList<std::pair<QString, QString>> commands = {
        {u"init [--sample] [--committee NAME] [--superior NAME] [--place NAME] [--symbol SYMBOL]"_s,
         tr("create a new database; --sample loads the Yên Sơn 2021 sample")},
        {u"summary --year YEAR [--json]"_s, tr("the year's figures and summary sentence")},
        {u"check"_s, tr("check integrity and references; exit 1 on a problem")},
        {u"backup FILE"_s, tr("write a consistent copy of the database to FILE")},
        {u"generate --tasks N [--seed S]"_s, tr("add N realistic made-up tasks (for tests and benchmarks)")},
        {u"report --year YEAR --kind year-end|registrations --out FILE.pdf [--number N] [--date YYYY-MM-DD] "
         "[--signer NAME] [--signer-position POSITION]"_s,
         tr("write the year-end report or the registration list as PDF")},
        {u"report --kind task-sheet --task ID --out FILE.pdf"_s,
         tr("write one task's registration sheet with its decisions as PDF")},
        {u"export --year YEAR FILE.xlsx|FILE.csv"_s, tr("export the year's tasks as a registration spreadsheet")},
        {u"export --template FILE.xlsx|FILE.csv"_s, tr("write a blank registration template")},
        {u"audit [--task ID] FILE.csv"_s, tr("export the change log (every recorded change, or one task's) as CSV")},
        {u"import FILE.xlsx|FILE.csv [--dry-run] [--create-missing] [--skip-invalid]"_s,
         tr("check a registration spreadsheet and import it in one transaction; --create-missing creates the units, "
            "people and fields it names that do not exist; --skip-invalid imports the valid rows despite problems")},
    };
    QString text = tr("Usage: dotpha-cli --db PATH COMMAND [options]") + u"\n\n"_s + tr("Commands:") + u"\n"_s;
    for (const auto &[synopsis, description] : commands)
        text += u"  "_s + synopsis + u"\n      "_s + description + u"\n"_s;
    return text + u"\n"_s + tr("Exit codes: 0 done, 1 a problem with the data or the input, 2 wrong usage.")
           + u"\n"_s;
}

// Driver details help whoever supports the office, not the clerk: shown only on request.
int CliApplication::fail(const Error &error)
{
    m_err << error.message() << Qt::endl;
    if (!error.detail().isEmpty() && qEnvironmentVariableIsSet("DOTPHA_DEBUG"))
        m_err << error.detail() << Qt::endl;
    return DataProblem;
}

int CliApplication::usageError(const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << usage();
    m_err.flush();
    return Usage;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption db(u"db"_s, QString(), u"path"_s);
    QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    QCommandLineOption sample(u"sample"_s), json(u"json"_s);
    QCommandLineOption year(u"year"_s, QString(), u"year"_s), tasks(u"tasks"_s, QString(), u"n"_s),
        seed(u"seed"_s, QString(), u"s"_s), committee(u"committee"_s, QString(), u"name"_s),
        superior(u"superior"_s, QString(), u"name"_s), place(u"place"_s, QString(), u"name"_s),
        symbol(u"symbol"_s, QString(), u"symbol"_s);
    QCommandLineOption kind(u"kind"_s, QString(), u"kind"_s), outFile(u"out"_s, QString(), u"file"_s),
        number(u"number"_s, QString(), u"number"_s), date(u"date"_s, QString(), u"date"_s),
        signer(u"signer"_s, QString(), u"name"_s), signerPosition(u"signer-position"_s, QString(), u"position"_s),
        task(u"task"_s, QString(), u"id"_s), templateOption(u"template"_s);
    QCommandLineOption dryRun(u"dry-run"_s), createMissing(u"create-missing"_s), skipInvalid(u"skip-invalid"_s);
    parser.addOptions({db, help, sample, json, year, tasks, seed, committee, superior, place, symbol, kind, outFile,
                       number, date, signer, signerPosition, task, templateOption, dryRun, createMissing,
                       skipInvalid});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << usage();
        m_out.flush();
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    if (!parser.isSet(db))
        return usageError(tr("No database given: use --db PATH."));

    Invocation invocation{parser.value(db), positional.first(), positional.mid(1), &parser,
                          &sample, &year, &json, &tasks, &seed, &committee, &superior, &place, &symbol,
                          &kind, &outFile, &number, &date, &signer, &signerPosition, &task, &templateOption,
                          &dryRun, &createMissing, &skipInvalid};
    int result = Usage;
    if (invocation.command == u"init"_s)
        result = init(invocation);
    else if (invocation.command == u"summary"_s)
        result = summary(invocation);
    else if (invocation.command == u"check"_s)
        result = check(invocation);
    else if (invocation.command == u"backup"_s)
        result = backup(invocation);
    else if (invocation.command == u"generate"_s)
        result = generate(invocation);
    else if (invocation.command == u"report"_s)
        result = report(invocation);
    else if (invocation.command == u"audit"_s)
        result = exportAudit(invocation);
    else if (invocation.command == u"export"_s)
        result = exportRegistrations(invocation);
    else if (invocation.command == u"import"_s)
        result = importRegistrations(invocation);
    else
        result = usageError(tr("Unknown command: %1").arg(invocation.command));
    m_out.flush();
    m_err.flush();
    return result;
}

std::unique_ptr<Workspace> CliApplication::openWorkspace(const Invocation &invocation, bool mustExist)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(
        invocation.databasePath, mustExist ? Database::Mode::OpenExisting : Database::Mode::OpenOrCreate);
    if (!workspace) {
        m_err << workspace.error().message() << Qt::endl;
        return nullptr;
    }
    if (workspace.value()->database().isReadOnly()) {
        m_err << workspace.value()->database().readOnlyReason() << Qt::endl;
    } else {
        // The audit trail names the command line and the system account that ran it.
        const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        const QString actor = account.isEmpty() ? u"dotpha-cli"_s : u"dotpha-cli (%1)"_s.arg(account);
        if (const Status named = workspace.value()->repositories().audit.setActor(std::nullopt, actor); !named) {
            m_err << named.error().message() << Qt::endl;
            return nullptr;
        }
    }
    return std::move(workspace).value();
}

int CliApplication::init(const Invocation &invocation)
{
    if (!invocation.arguments.isEmpty())
        return usageError(tr("init takes no arguments."));
    const QFileInfo file(invocation.databasePath);
    if (file.exists() && file.size() > 0) {
        m_err << tr("The file %1 already exists: init creates a new database and changes no existing file.")
                     .arg(QDir::toNativeSeparators(invocation.databasePath))
              << Qt::endl;
        return DataProblem;
    }
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, false);
    if (!workspace)
        return DataProblem;
    Repositories &repositories = workspace->repositories();

    if (invocation.isSet(invocation.committee)) {
        CommitteeSettings settings;
        settings.committeeName = invocation.value(invocation.committee);
        settings.superiorBody = invocation.value(invocation.superior);
        settings.placeName = invocation.value(invocation.place);
        settings.issuerSymbol = invocation.value(invocation.symbol);
        if (const Result<int> saved = repositories.settings.save(settings); !saved) {
            return fail(saved.error());
        }
    }
    if (invocation.isSet(invocation.sample)) {
        if (const Status loaded = SampleData::load(repositories); !loaded) {
            return fail(loaded.error());
        }
    }
    m_out << tr("Created %1.").arg(QDir::toNativeSeparators(workspace->database().path())) << Qt::endl;
    return Done;
}

int CliApplication::summary(const Invocation &invocation)
{
    if (!invocation.isSet(invocation.year))
        return usageError(tr("summary needs --year YEAR."));
    const std::optional<int> year = intOption(invocation.value(invocation.year), 1900, 2200);
    if (!year)
        return usageError(tr("--year takes a year, such as 2021."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    const Result<YearSummary> summary = SummaryService(workspace->repositories()).summaryOf(*year);
    if (!summary) {
        return fail(summary.error());
    }
    if (invocation.isSet(invocation.json)) {
        m_out << QString::fromUtf8(QJsonDocument(SummaryService::toJson(*summary)).toJson(QJsonDocument::Indented));
        return Done;
    }
    const YearFigures &f = summary->figures;
    m_out << tr("Year %1, %2").arg(f.year).arg(summary->committeeName) << Qt::endl
          << tr("Tasks: %1 (collective %2, individual %3); rejected and not counted: %4")
                 .arg(f.total).arg(f.collective).arg(f.individual).arg(f.rejected)
          << Qt::endl
          << tr("People with tasks: %1").arg(f.peopleWithTasks) << Qt::endl;
    printCounts(m_out, tr("Units with collective tasks"), f.unitsWithTasks);
    printCounts(m_out, tr("By status"), f.byStatus);
    printCounts(m_out, tr("By nature"), f.byNature);
    printCounts(m_out, tr("By rating"), f.byRating);
    m_out << Qt::endl << summary->sentence << Qt::endl;
    return Done;
}

int CliApplication::check(const Invocation &invocation)
{
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    Result<QStringList> problems = workspace->database().integrityProblems();
    if (!problems)
        return fail(problems.error());
    const Result<QStringList> auditProblems = workspace->repositories().audit.verify();
    if (!auditProblems)
        return fail(auditProblems.error());
    problems->append(*auditProblems);
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            m_err << problem << Qt::endl;
        return DataProblem;
    }
    m_out << tr("No problems found in %1.").arg(QDir::toNativeSeparators(workspace->database().path())) << Qt::endl;
    return Done;
}

int CliApplication::backup(const Invocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("backup needs the file to write: backup FILE."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    const QString target = invocation.arguments.first();
    if (const Status done = workspace->database().backupTo(target); !done) {
        return fail(done.error());
    }
    m_out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Done;
}

int CliApplication::generate(const Invocation &invocation)
{
    const std::optional<int> count = intOption(invocation.value(invocation.tasks), 1, 10'000'000);
    if (!count)
        return usageError(tr("generate needs --tasks N, a positive number."));
    std::optional<int> seed = 1;
    if (invocation.isSet(invocation.seed))
        seed = intOption(invocation.value(invocation.seed), 0, std::numeric_limits<int>::max());
    if (!seed)
        return usageError(tr("--seed takes a number of zero or more."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, false);
    if (!workspace)
        return DataProblem;

    QElapsedTimer timer;
    timer.start();
    const auto progress = [this](int done, int total) {
        if (done % 10000 == 0 || done == total)
            m_err << tr("%1 of %2 tasks").arg(done).arg(total) << Qt::endl;
    };
    const Status generated = SyntheticDataGenerator(workspace->repositories()).generate(*count, quint32(*seed), progress);
    if (!generated) {
        return fail(generated.error());
    }
    m_out << tr("Generated %1 tasks in %2 s.").arg(*count).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << Qt::endl;
    return Done;
}

int CliApplication::taskSheet(const Invocation &invocation)
{
    const std::optional<int> id = intOption(invocation.value(invocation.task), 1, std::numeric_limits<int>::max());
    const QString out = invocation.value(invocation.outFile);
    if (!id || out.isEmpty())
        return usageError(tr("A task sheet needs --task ID and --out FILE.pdf."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    Repositories &repositories = workspace->repositories();
    const Result<Task> task = repositories.tasks.find(*id);
    if (!task)
        return fail(task.error());
    Result<ReportData> data = ReportDataService(repositories).collect(task->year);
    if (!data)
        return fail(data.error());
    const Result<QList<Decision>> decisions = repositories.decisions.ofTask(*id);
    if (!decisions)
        return fail(decisions.error());
    const QString field = task->fieldId ? data->fieldNames.value(*task->fieldId) : QString();
    if (const Status written = PdfExporter::write(TaskSheet(data->committee, *task, *decisions, field), out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

int CliApplication::report(const Invocation &invocation)
{
    if (invocation.value(invocation.kind) == u"task-sheet"_s)
        return taskSheet(invocation);
    const std::optional<int> year = intOption(invocation.value(invocation.year), 1900, 2200);
    if (!year)
        return usageError(tr("report needs --year YEAR."));
    const QString kind = invocation.value(invocation.kind);
    if (kind != u"year-end"_s && kind != u"registrations"_s)
        return usageError(tr("report needs --kind year-end or --kind registrations."));
    const QString out = invocation.value(invocation.outFile);
    if (out.isEmpty())
        return usageError(tr("report needs --out FILE.pdf."));
    QDate date = QDate::currentDate();
    if (invocation.isSet(invocation.date)) {
        date = QDate::fromString(invocation.value(invocation.date), Qt::ISODate);
        if (!date.isValid())
            return usageError(tr("--date takes a date such as 2021-12-20."));
    }
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    Result<ReportData> data = ReportDataService(workspace->repositories()).collect(*year);
    if (!data)
        return fail(data.error());
    data->number = invocation.value(invocation.number);
    data->date = date;
    data->signerName = invocation.value(invocation.signer);
    data->signerPosition = invocation.value(invocation.signerPosition);
    const Status written = kind == u"year-end"_s ? PdfExporter::write(YearEndReport(std::move(data).value()), out)
                                                 : PdfExporter::write(RegistrationList(std::move(data).value()), out);
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

int CliApplication::exportRegistrations(const Invocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("export needs the file to write: export --year YEAR FILE.xlsx."));
    const QString path = invocation.arguments.first();
    const bool blank = invocation.isSet(invocation.templateOption);
    const std::optional<int> year = intOption(invocation.value(invocation.year), 1900, 2200);
    if (!blank && !year)
        return usageError(tr("export needs --year YEAR, or --template for a blank template."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    RegistrationExporter exporter(workspace->repositories());
    if (blank) {
        if (const Status written = exporter.exportTemplate(path); !written)
            return fail(written.error());
        m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Done;
    }
    const Result<int> written = exporter.exportYear(*year, path);
    if (!written)
        return fail(written.error());
    m_out << tr("Exported %1 tasks to %2.").arg(*written).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Done;
}

int CliApplication::exportAudit(const Invocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("audit needs the file to write: audit FILE.csv."));
    std::optional<qint64> taskId;
    if (invocation.isSet(invocation.task)) {
        const std::optional<int> id = intOption(invocation.value(invocation.task), 1, std::numeric_limits<int>::max());
        if (!id)
            return usageError(tr("--task takes a task number."));
        taskId = *id;
    }
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    const QString path = invocation.arguments.first();
    const Result<int> written = AuditExporter::exportTo(workspace->repositories().audit, path, taskId);
    if (!written)
        return fail(written.error());
    m_out << tr("Exported %1 changes to %2.").arg(*written).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Done;
}

int CliApplication::importRegistrations(const Invocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("import needs the file to read: import FILE.xlsx."));
    std::unique_ptr<Workspace> workspace = openWorkspace(invocation, true);
    if (!workspace)
        return DataProblem;
    Services services(workspace->repositories());
    RegistrationImporter importer(services);
    const Result<QList<QStringList>> table = RegistrationImporter::readFile(invocation.arguments.first());
    if (!table)
        return fail(table.error());
    const Result<ImportPlan> plan = importer.plan(*table);
    if (!plan)
        return fail(plan.error());
    for (const ImportPlan::Problem &problem : plan->problems) {
        m_err << (problem.column.isEmpty() ? tr("Row %1: %2").arg(problem.row).arg(problem.message)
                                           : tr("Row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message))
              << Qt::endl;
    }
    for (const auto &[what, names] : {std::pair{tr("New units"), plan->newUnits}, std::pair{tr("New people"), plan->newPeople},
                                      std::pair{tr("New fields"), plan->newFields}}) {
        if (!names.isEmpty())
            m_out << what << u": "_s << names.join(u", "_s) << Qt::endl;
    }
    m_out << tr("%1 rows can be imported; %2 problems.").arg(plan->rows.size()).arg(plan->problems.size()) << Qt::endl;
    if (invocation.isSet(invocation.dryRun))
        return plan->problems.isEmpty() ? Done : DataProblem;
    if (!plan->problems.isEmpty() && !invocation.isSet(invocation.skipInvalid)) {
        m_err << tr("Nothing was imported. Correct the file, or use --skip-invalid to import the valid rows.") << Qt::endl;
        return DataProblem;
    }
    const RegistrationImporter::Options options{invocation.isSet(invocation.createMissing), false,
                                                QFileInfo(invocation.arguments.first()).fileName()};
    const Result<RegistrationImporter::Outcome> imported = importer.execute(*plan, options);
    if (!imported)
        return fail(imported.error());
    m_out << tr("Imported %1 tasks.").arg(imported->imported) << Qt::endl;
    return Done;
}

} // namespace dotpha
