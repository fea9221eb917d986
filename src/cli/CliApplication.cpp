#include "CliApplication.h"

#include "CliExit.h"
#include "ServerAddress.h"

#include "AccountService.h"
#include "AuditExporter.h"
#include "AuditHeadText.h"
#include "AuditRepository.h"
#include "CliInvocation.h"
#include "CliAttachmentCommands.h"
#include "CliExchangeCommands.h"
#include "CliOptions.h"
#include "CliReviewCommands.h"
#include "CliDueList.h"
#include "CliRestoreCommand.h"
#include "CliSession.h"
#include "CliUserCommands.h"
#include "RecordCheck.h"
#include "CliValueMapping.h"
#include "ProductVersion.h"
#include "UserRepository.h"
#include "WorkItemRepository.h"
#include "WorkflowPolicy.h"

#include "CommitteeSettingsRepository.h"
#include "EnumNames.h"
#include "PdfExporter.h"
#include "DecisionRepository.h"
#include "RegistrationExporter.h"
#include "RegistrationImporter.h"
#include "DueTaskList.h"
#include "RegistrationList.h"
#include "SixMonthReport.h"
#include "TaskRepository.h"
#include "TaskSheet.h"
#include "AttachmentRepository.h"
#include "UnitRepository.h"
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

namespace {

// An integer option within [minimum, maximum], or nullopt.
std::optional<int> intOption(const QString &text, int minimum, int maximum)
{
    return CliOptions::integer(text, minimum, maximum);
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

CliApplication::CliApplication(QTextStream &in, QTextStream &out, QTextStream &err)
    : m_in(in)
    , m_out(out)
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
        {u"due --within DAYS [--year YEAR] [--json]"_s,
         tr("the approved, unfinished tasks falling due from today to DAYS days from now, by their deadline or a "
            "work item's due date, soonest first")},
        {u"due --within DAYS [--year YEAR] --out FILE.pdf [--number N] [--date YYYY-MM-DD] [--signer NAME] "
           "[--signer-position POSITION]"_s,
         tr("write the list as a document, with the overdue tasks apart")},
        {u"check [--expect CODE]"_s,
         tr("check integrity, references, the seals of the change log, every record against it and every attached "
            "file against its SHA-256; --expect compares with a seal printed or exported earlier; exit 1 on a problem")},
        {u"attach --task ID [--note ID | --work-item ID | --decision ID] FILE"_s,
         tr("store FILE in the database as evidence of the task, or of one of its progress notes, work items or "
            "decisions, with its SHA-256")},
        {u"attachments --task ID [--json]"_s, tr("list a task's attached files, removed ones marked")},
        {u"extract ATTACHMENT_ID FILE|-"_s,
         tr("write an attached file to FILE (- for standard output), once its bytes are proved against its "
            "SHA-256")},
        {u"backup FILE"_s, tr("write a consistent copy of the database to FILE")},
        {u"restore BACKUP [--expect CODE]"_s,
         tr("check BACKUP and put it in place of the database, which is kept beside it as a dated copy; an "
            "administrator of both signs in with --user; --expect refuses a backup without the seal printed on a "
            "report or an export. On the office server, a dump (backup) is restored into an empty database, then "
            "checked")},
        {u"generate --tasks N [--seed S]"_s, tr("add N realistic made-up tasks (for tests and benchmarks)")},
        {u"report --year YEAR --kind year-end|registrations --out FILE.pdf [--number N] [--date YYYY-MM-DD] "
         "[--signer NAME] [--signer-position POSITION]"_s,
         tr("write the year-end report or the registration list as PDF")},
        {u"report --year YEAR --kind six-month [--as-of YYYY-MM-DD] --out FILE.pdf [--number N] ..."_s,
         tr("write the six-month review as PDF: the tasks' progress on 30 June, or on the day given, from the "
            "progress recorded until then")},
        {u"report --kind task-sheet --task ID --out FILE.pdf"_s,
         tr("write one task's registration sheet with its decisions as PDF")},
        {u"export --year YEAR FILE.xlsx|FILE.csv"_s, tr("export the year's tasks as a registration spreadsheet")},
        {u"export --template FILE.xlsx|FILE.csv"_s, tr("write a blank registration template")},
        {u"audit [--task ID] FILE.csv"_s, tr("export the change log (every recorded change, or one task's) as CSV")},
        {u"import FILE.xlsx|FILE.csv [--dry-run] [--create-missing] [--skip-invalid] [--record-decisions] "
         u"[--map \"COLUMN:VALUE=OURS\"]..."_s,
         tr("check a registration spreadsheet and import it, 500 rows to a transaction (a file of more that stops "
            "keeps its whole parts; importing it again adds the rest); --create-missing creates the units, "
            "people and fields it names that do not exist; --skip-invalid imports the valid rows despite problems")},
        {u"import ... --record-decisions"_s,
         tr("(administrators) record the decisions the file reports (approved, rejected, returned) under your "
            "name, instead of refusing those rows")},
        {u"import ... --map \"COLUMN:VALUE=OURS\""_s,
         tr("read VALUE in the column headed COLUMN as our word OURS, e.g. --map \"Tính chất:Trọng tâm=Đột phá\"; "
            "repeatable")},
        {u"user list"_s, tr("list the accounts")},
        {u"user add LOGIN --role clerk|reviewer|administrator --name NAME"_s,
         tr("add an account (the first one of a database is its administrator); its password is read from "
            "standard input")},
        {u"user passwd LOGIN"_s, tr("set an account's password, read from standard input")},
        {u"user disable LOGIN"_s, tr("stop an account from signing in")},
        {u"server init"_s,
         tr("(--db postgresql://HOST[:PORT]/DATABASE) prepare a database on the office server for Dotpha, or bring "
            "its data format up to date; the login's password comes from PGPASSWORD or ~/.pgpass")},
        {u"server upload FILE"_s,
         tr("(--db postgresql://HOST[:PORT]/DATABASE, as its owner) copy a committee's file whole to an empty "
            "database prepared on the office server, with its change log, in one transaction")},
        {u"exchange key"_s,
         tr("print the fingerprint of this committee's signing key, which a committee receiving its packages "
            "compares once when it registers the key")},
        {u"exchange export --year YEAR --to COMMITTEE --out FILE.dotpha-pkg"_s,
         tr("(administrators) send the year's registrations, but drafts, with their progress, self-assessment and "
            "evidence files, to the superior committee, as a package signed with this committee's key")},
        {u"exchange export --year YEAR --for COMMITTEE --out FILE.dotpha-pkg"_s,
         tr("(administrators) send a subordinate committee the decisions taken here on the registrations it sent")},
        {u"exchange import FILE.dotpha-pkg [--dry-run] [--accept-key FINGERPRINT] [--confirm-gap]"_s,
         tr("(administrators) receive a subordinate committee's registrations: the package is proved, then its "
            "merge report printed (new, changed, withdrawn, and what was decided here, never overwritten) and, but "
            "with --dry-run, written in one transaction; a sender's new key is taken only with its fingerprint, a "
            "package after a gap only with --confirm-gap")},
        {u"review approve|return|reject --task ID [--number N] [--date YYYY-MM-DD] [--reason TEXT]"_s,
         tr("(reviewers) decide on a submitted registration; a return or a rejection needs its reason")},
        {u"review adjust --task ID --reason TEXT [--title T] [--content C] [--objective O] [--expected E] "
         "[--solutions S] [--deadline YYYY-MM-DD] [--number N] [--date YYYY-MM-DD]"_s,
         tr("(reviewers) change an approved task, with the decision's number, date and reason")},
        {u"review rate --task ID --rating excellent|good|completed|not_completed [--score 0-100] "
         "[--assessment TEXT] [--number N] [--date YYYY-MM-DD]"_s,
         tr("(reviewers) rate an approved task at year end")},
    };
    QString text = tr("Usage: dotpha-cli --db PATH COMMAND [options]") + u"\n\n"_s + tr("Commands:") + u"\n"_s;
    for (const auto &[synopsis, description] : commands)
        text += u"  "_s + synopsis + u"\n      "_s + description + u"\n"_s;
    return text + u"\n"_s
           + tr("On a database with accounts, a command that changes it (init, generate, import, attach, restore, "
                "user add, passwd, disable) needs --user LOGIN and that account's password: in DOTPHA_PASSWORD, or else the "
                "first line of standard input. A new password follows on the next line.")
           + u"\n\n"_s + tr("--help shows this text, --version the version and the data formats.") + u"\n"_s
           + tr("Exit codes: 0 done, 1 a problem with the data or the input, 2 wrong usage.") + u"\n"_s;
}

// Driver details help whoever supports the office, not the clerk: shown only on request.
int CliApplication::fail(const Error &error)
{
    return CliExit::failWith(m_err, error);
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
    const QStringList flags = {u"sample"_s, u"json"_s, u"template"_s, u"dry-run"_s, u"create-missing"_s,
                               u"skip-invalid"_s, u"record-decisions"_s, u"confirm-gap"_s};
    const QStringList valued = {u"db"_s, u"year"_s, u"tasks"_s, u"seed"_s, u"committee"_s, u"superior"_s, u"place"_s,
                                u"symbol"_s, u"kind"_s, u"out"_s, u"number"_s, u"date"_s, u"signer"_s,
                                u"signer-position"_s, u"task"_s, u"user"_s, u"role"_s, u"name"_s, u"expect"_s,
                                u"map"_s, u"within"_s, u"as-of"_s, u"note"_s, u"work-item"_s,
                                u"decision"_s, u"to"_s, u"reason"_s, u"rating"_s, u"score"_s,
                                u"assessment"_s, u"title"_s, u"content"_s, u"objective"_s, u"expected"_s,
                                u"solutions"_s, u"deadline"_s, u"accept-key"_s, u"for"_s};
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser.addOption(QCommandLineOption(QStringList{u"v"_s, u"version"_s}));
    for (const QString &flag : flags)
        parser.addOption(QCommandLineOption(flag));
    for (const QString &option : valued)
        parser.addOption(QCommandLineOption(option, QString(), option));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << usage();
        m_out.flush();
        return Done;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << u"dotpha-cli "_s << ProductVersion::withDataFormats() << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    if (!parser.isSet(u"db"_s))
        return usageError(tr("No database given: use --db PATH."));
    const CliInvocation invocation{parser.value(u"db"_s), positional.first(), positional.mid(1), &parser};
    const int result = dispatch(invocation);
    m_out.flush();
    m_err.flush();
    return result;
}

int CliApplication::dispatch(const CliInvocation &invocation)
{
    using Command = int (CliApplication::*)(const CliInvocation &);
    static const QHash<QString, Command> commands = {
        {u"init"_s, &CliApplication::init},         {u"summary"_s, &CliApplication::summary},
        {u"due"_s, &CliApplication::due},
        {u"attach"_s, &CliApplication::attach},     {u"attachments"_s, &CliApplication::attachments},
        {u"extract"_s, &CliApplication::extract},
        {u"check"_s, &CliApplication::check},       {u"backup"_s, &CliApplication::backup},
        {u"restore"_s, &CliApplication::restore},   {u"generate"_s, &CliApplication::generate},
        {u"report"_s, &CliApplication::report},     {u"audit"_s, &CliApplication::exportAudit},
        {u"export"_s, &CliApplication::exportRegistrations},
        {u"import"_s, &CliApplication::importRegistrations},
        {u"user"_s, &CliApplication::users},
        {u"server"_s, &CliApplication::server},
        {u"exchange"_s, &CliApplication::exchange},
        {u"review"_s, &CliApplication::review},
    };
    const auto command = commands.constFind(invocation.command);
    if (command == commands.cend())
        return usageError(tr("Unknown command: %1").arg(invocation.command));
    return (this->*command.value())(invocation);
}

std::unique_ptr<CliSession> CliApplication::openSession(const CliInvocation &invocation, Database::Mode mode)
{
    Result<std::unique_ptr<CliSession>> session = CliSession::open(invocation, m_in, mode);
    if (!session) {
        fail(session.error());
        return nullptr;
    }
    return std::move(session).value();
}

std::unique_ptr<CliSession> CliApplication::openSessionToWrite(const CliInvocation &invocation, Database::Mode mode)
{
    std::unique_ptr<CliSession> session = openSession(invocation, mode);
    if (!session)
        return nullptr;
    if (const Status signedIn = session->signInToWrite(invocation); !signedIn) {
        fail(signedIn.error());
        return nullptr;
    }
    return session;
}

namespace {

// A file is new when init opens it; a server database was prepared empty (server init) and may
// since have been filled, which init must not add to.
Status ensureNothingInIt(Workspace &workspace)
{
    const Result<QList<Unit>> units = workspace.repositories().units.all();
    if (!units)
        return units.error();
    if (!units->isEmpty())
        return Error(Error::Kind::Refused,
                     CliApplication::tr("The database %1 already holds units and tasks: init sets up an empty database only, and "
                        "changed nothing.").arg(workspace.displayName()));
    return {};
}

} // namespace

int CliApplication::init(const CliInvocation &invocation)
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
    std::unique_ptr<CliSession> session = openSessionToWrite(invocation, Database::Mode::Create);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    Repositories &repositories = workspace->repositories();
    if (const Status empty = ensureNothingInIt(*workspace); !empty)
        return fail(empty.error());

    if (invocation.isSet(u"committee"_s)) {
        CommitteeSettings settings;
        settings.committeeName = invocation.value(u"committee"_s);
        settings.superiorBody = invocation.value(u"superior"_s);
        settings.placeName = invocation.value(u"place"_s);
        settings.issuerSymbol = invocation.value(u"symbol"_s);
        if (const Result<int> saved = repositories.settings.save(settings); !saved) {
            return fail(saved.error());
        }
    }
    if (invocation.isSet(u"sample"_s)) {
        if (const Status loaded = SampleData::load(repositories); !loaded) {
            return fail(loaded.error());
        }
    }
    if (workspace->isOnServer())
        m_out << tr("Set up %1 on the office server.").arg(workspace->displayName()) << Qt::endl;
    else
        m_out << tr("Created %1.").arg(workspace->displayName()) << Qt::endl;
    return Done;
}


int CliApplication::summary(const CliInvocation &invocation)
{
    if (!invocation.isSet(u"year"_s))
        return usageError(tr("summary needs --year YEAR."));
    const std::optional<int> year = intOption(invocation.value(u"year"_s), 1900, 2200);
    if (!year)
        return usageError(tr("--year takes a year, such as 2021."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    const Result<YearSummary> summary = SummaryService(workspace->repositories()).summaryOf(*year);
    if (!summary) {
        return fail(summary.error());
    }
    if (invocation.isSet(u"json"_s)) {
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

int CliApplication::due(const CliInvocation &invocation)
{
    const std::optional<int> days = intOption(invocation.value(u"within"_s), 0, 3660);
    if (!invocation.isSet(u"within"_s) || !days)
        return usageError(tr("due needs --within DAYS, a number of days from 0 to 3660."));
    std::optional<int> year;
    if (invocation.isSet(u"year"_s)) {
        year = intOption(invocation.value(u"year"_s), 1900, 2200);
        if (!year)
            return usageError(tr("--year takes a year, such as 2021."));
    }
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    const QDate today = QDate::currentDate();
    if (invocation.isSet(u"out"_s))
        return writeDueList(invocation, session->workspace().repositories(), today, *days, year);
    const Result<QList<DueList::Entry>> entries = DueList::collect(session->workspace().repositories(), today, *days, year);
    if (!entries)
        return fail(entries.error());
    if (invocation.isSet(u"json"_s))
        m_out << QString::fromUtf8(QJsonDocument(DueList::toJson(*entries)).toJson(QJsonDocument::Indented));
    else
        CliDueList::print(m_out, *entries, today, *days);
    return Done;
}

int CliApplication::writeDueList(const CliInvocation &invocation, Repositories &repositories, const QDate &today,
                                 int days, std::optional<int> year)
{
    const std::optional<QDate> date = documentDate(invocation);
    if (!date)
        return usageError(tr("--date takes a date such as 2021-12-20."));
    Result<DueTaskList::Contents> contents = DueTaskList::collect(repositories, today, days, year);
    if (!contents)
        return fail(contents.error());
    contents->number = invocation.value(u"number"_s);
    contents->date = *date;
    contents->signerName = invocation.value(u"signer"_s);
    contents->signerPosition = invocation.value(u"signer-position"_s);
    const QString out = invocation.value(u"out"_s);
    if (const Status written = PdfExporter::write(DueTaskList(std::move(contents).value()), out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

std::optional<QDate> CliApplication::documentDate(const CliInvocation &invocation)
{
    if (!invocation.isSet(u"date"_s))
        return QDate::currentDate();
    const QDate date = QDate::fromString(invocation.value(u"date"_s), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int CliApplication::attach(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("attach needs the file to store: attach --task ID FILE."));
    const std::optional<int> task = intOption(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max());
    if (!task)
        return usageError(tr("attach needs --task ID, the number of the task the file is evidence of."));
    Attachment target;
    target.taskId = *task;
    int owners = 0;
    for (const auto &[option, owner] : {std::pair{u"note"_s, &target.progressNoteId},
                                        std::pair{u"work-item"_s, &target.workItemId},
                                        std::pair{u"decision"_s, &target.decisionId}}) {
        if (!invocation.isSet(option))
            continue;
        const std::optional<int> id = intOption(invocation.value(option), 1, std::numeric_limits<int>::max());
        if (!id)
            return usageError(tr("--%1 takes the number of a record of the task.").arg(option));
        *owner = *id;
        ++owners;
    }
    if (owners > 1)
        return usageError(tr("A file is attached to one progress note, work item or decision at most."));
    std::unique_ptr<CliSession> session = openSessionToWrite(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliAttachmentCommands(*session, m_out, m_err).attach(target, invocation.arguments.first());
}

int CliApplication::attachments(const CliInvocation &invocation)
{
    const std::optional<int> task = intOption(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max());
    if (!task || !invocation.arguments.isEmpty())
        return usageError(tr("attachments needs --task ID, the number of a task."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliAttachmentCommands(*session, m_out, m_err).list(*task, invocation.isSet(u"json"_s));
}

int CliApplication::extract(const CliInvocation &invocation)
{
    const std::optional<int> id = intOption(invocation.arguments.value(0), 1, std::numeric_limits<int>::max());
    if (invocation.arguments.size() != 2 || !id)
        return usageError(tr("extract needs the number of an attached file and the file to write: extract ID FILE."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliAttachmentCommands(*session, m_out, m_err).extract(*id, invocation.arguments.at(1));
}

int CliApplication::check(const CliInvocation &invocation)
{
    const std::optional<AuditHead::Expected> expected = AuditHead::parse(invocation.value(u"expect"_s));
    if (invocation.isSet(u"expect"_s) && !expected)
        return usageError(tr("--expect takes the seal printed on a report or an export, such as 1234:9f3a2c1b7d4e8a60."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    Result<QStringList> problems = workspace->integrityProblems();
    if (!problems)
        return fail(problems.error());
    const Result<QStringList> auditProblems = RecordCheck::problems(workspace->repositories());
    if (!auditProblems)
        return fail(auditProblems.error());
    problems->append(*auditProblems);
    if (invocation.isSet(u"expect"_s)) {
        const Result<QStringList> headProblems = workspace->repositories().audit.verifyHead(*expected);
        if (!headProblems)
            return fail(headProblems.error());
        problems->append(*headProblems);
    }
    // Sound, but done outside Dotpha: said, without failing the check.
    const Result<QStringList> warnings = RecordCheck::warnings(workspace->repositories());
    if (!warnings)
        return fail(warnings.error());
    for (const QString &warning : *warnings)
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            m_err << problem << Qt::endl;
        return DataProblem;
    }
    m_out << tr("No problems found in %1.").arg(workspace->displayName()) << Qt::endl;
    const Result<std::optional<AuditHead>> head = workspace->repositories().audit.head();
    if (head && head->has_value())
        m_out << AuditHeadText::describe(**head) << Qt::endl;
    return Done;
}

int CliApplication::backup(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("backup needs the file to write: backup FILE."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    const QString target = invocation.arguments.first();
    if (const Status done = workspace->backupTo(target); !done) {
        return fail(done.error());
    }
    m_out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Done;
}

int CliApplication::generate(const CliInvocation &invocation)
{
    const std::optional<int> count = intOption(invocation.value(u"tasks"_s), 1, 10'000'000);
    if (!count)
        return usageError(tr("generate needs --tasks N, a positive number."));
    std::optional<int> seed = 1;
    if (invocation.isSet(u"seed"_s))
        seed = intOption(invocation.value(u"seed"_s), 0, std::numeric_limits<int>::max());
    if (!seed)
        return usageError(tr("--seed takes a number of zero or more."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenOrCreate);
    if (!session)
        return DataProblem;
    // Made-up tasks, approved without decisions, have no place in a committee's own record.
    const Result<bool> hasUsers = session->services().accounts().hasUsers();
    if (!hasUsers)
        return fail(hasUsers.error());
    if (*hasUsers)
        return fail(Error(Error::Kind::Refused, tr("generate makes up tasks for tests and measurements: it only runs "
                                                   "on a database without accounts.")));
    if (const Status signedIn = session->signInToWrite(invocation); !signedIn)
        return fail(signedIn.error());
    Workspace *workspace = &session->workspace();

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

int CliApplication::taskSheet(const CliInvocation &invocation)
{
    const std::optional<int> id = intOption(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max());
    const QString out = invocation.value(u"out"_s);
    if (!id || out.isEmpty())
        return usageError(tr("A task sheet needs --task ID and --out FILE.pdf."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
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
    const Result<QList<Attachment>> files = repositories.attachments.ofTask(*id);
    if (!files)
        return fail(files.error());
    const QString field = task->fieldId ? data->fieldNames.value(*task->fieldId) : QString();
    const Result<QList<WorkItem>> items = repositories.workItems.ofTask(*id);
    if (!items)
        return fail(items.error());
    TaskSheet sheet(data->committee, *task, *decisions, field);
    sheet.setAttachments(*files);
    sheet.setWorkItems(*items);
    if (const Status written = PdfExporter::write(sheet, out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

int CliApplication::report(const CliInvocation &invocation)
{
    if (invocation.value(u"kind"_s) == u"task-sheet"_s)
        return taskSheet(invocation);
    const std::optional<int> year = intOption(invocation.value(u"year"_s), 1900, 2200);
    if (!year)
        return usageError(tr("report needs --year YEAR."));
    const QString kind = invocation.value(u"kind"_s);
    if (kind != u"year-end"_s && kind != u"registrations"_s && kind != u"six-month"_s)
        return usageError(tr("report needs --kind year-end, registrations, six-month or task-sheet."));
    QDate asOf = SixMonthReview::middleOf(*year);
    if (invocation.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(invocation.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid() || asOf.year() != *year)
            return usageError(tr("--as-of takes a day of the report's year, such as %1-06-30.").arg(*year));
    }
    const QString out = invocation.value(u"out"_s);
    if (out.isEmpty())
        return usageError(tr("report needs --out FILE.pdf."));
    const std::optional<QDate> date = documentDate(invocation);
    if (!date)
        return usageError(tr("--date takes a date such as 2021-12-20."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    Result<ReportData> data = ReportDataService(workspace->repositories()).collect(*year);
    if (!data)
        return fail(data.error());
    data->number = invocation.value(u"number"_s);
    data->date = *date;
    data->signerName = invocation.value(u"signer"_s);
    data->signerPosition = invocation.value(u"signer-position"_s);
    if (kind == u"six-month"_s)
        return writeSixMonthReview(workspace->repositories(), std::move(data).value(), asOf, out);
    const Status written = kind == u"year-end"_s ? PdfExporter::write(YearEndReport(std::move(data).value()), out)
                                                 : PdfExporter::write(RegistrationList(std::move(data).value()), out);
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

int CliApplication::writeSixMonthReview(Repositories &repositories, ReportData data, const QDate &asOf,
                                        const QString &out)
{
    Result<SixMonthReview> review = SixMonthReview::of(repositories.progressNotes, repositories.decisions, data.tasks,
                                                       asOf.year(), asOf);
    if (!review)
        return fail(review.error());
    if (const Status written = PdfExporter::write(SixMonthReport(std::move(data), std::move(review).value()), out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

int CliApplication::exportRegistrations(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("export needs the file to write: export --year YEAR FILE.xlsx."));
    const QString path = invocation.arguments.first();
    const bool blank = invocation.isSet(u"template"_s);
    const std::optional<int> year = intOption(invocation.value(u"year"_s), 1900, 2200);
    if (!blank && !year)
        return usageError(tr("export needs --year YEAR, or --template for a blank template."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
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

int CliApplication::exportAudit(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("audit needs the file to write: audit FILE.csv."));
    std::optional<qint64> taskId;
    if (invocation.isSet(u"task"_s)) {
        const std::optional<int> id = intOption(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max());
        if (!id)
            return usageError(tr("--task takes a task number."));
        taskId = *id;
    }
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    Workspace *workspace = &session->workspace();
    const QString path = invocation.arguments.first();
    const Result<int> written = AuditExporter::exportTo(workspace->repositories().audit, path, taskId);
    if (!written)
        return fail(written.error());
    m_out << tr("Exported %1 changes to %2.").arg(*written).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Done;
}

int CliApplication::importRegistrations(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("import needs the file to read: import FILE.xlsx."));
    std::unique_ptr<CliSession> session = openSessionToWrite(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    RegistrationImporter importer(session->services());
    const Result<QList<QStringList>> table = RegistrationImporter::readFile(invocation.arguments.first());
    if (!table)
        return fail(table.error());
    const Result<RegistrationImporter::ValueMapping> values = CliValueMapping::parse(invocation.values(u"map"_s));
    if (!values)
        return usageError(values.error().message());
    const bool recordDecisions = invocation.isSet(u"record-decisions"_s);
    const Result<ImportPlan> plan = importer.plan(*table, {}, -1, recordDecisions, *values);
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
    const bool createMissing = invocation.isSet(u"create-missing"_s);
    if (invocation.isSet(u"dry-run"_s)) {
        // Says what the real import would say: new records need the user's consent.
        if (plan->blockingProblems() == 0 && plan->needsNewRecords() && !createMissing)
            m_err << tr("The import would create the units, people or fields above: add --create-missing, or correct "
                        "the file.") << Qt::endl;
        return plan->blockingProblems() == 0 && (createMissing || !plan->needsNewRecords()) ? Done : DataProblem;
    }
    if (plan->blockingProblems() > 0 && !invocation.isSet(u"skip-invalid"_s)) {
        m_err << tr("Nothing was imported. Correct the file, or use --skip-invalid to import the valid rows.") << Qt::endl;
        return DataProblem;
    }
    const RegistrationImporter::Options options{createMissing, recordDecisions,
                                                QFileInfo(invocation.arguments.first()).fileName()};
    const Result<RegistrationImporter::Outcome> imported = importer.execute(*plan, options);
    if (!imported)
        return fail(imported.error());
    m_out << tr("Imported %1 tasks.").arg(imported->imported) << Qt::endl;
    if (imported->decisions > 0)
        m_out << tr("Recorded %1 decisions from the file.").arg(imported->decisions) << Qt::endl;
    // Found at planning or found registered meanwhile by a colleague's import: the same answer.
    if (const int skipped = plan->duplicates + imported->duplicates; skipped > 0)
        m_out << tr("Skipped %1 rows already registered.").arg(skipped) << Qt::endl;
    return Done;
}

int CliApplication::restore(const CliInvocation &invocation)
{
    if (invocation.arguments.size() != 1)
        return usageError(tr("restore needs the backup to restore: restore BACKUP."));
    const QString backup = invocation.arguments.first();
    if (invocation.isSet(u"expect"_s) && !AuditHead::parse(invocation.value(u"expect"_s)))
        return usageError(tr("--expect takes the seal printed on a report or an export, such as 1234:9f3a2c1b7d4e8a60."));
    if (const std::optional<ServerAddress> server = ServerAddress::parse(invocation.databasePath))
        return restoreOnServer(backup, *server, AuditHead::parse(invocation.value(u"expect"_s)));
    const Result<QString> kept = CliRestoreCommand(m_in).run(invocation, backup);
    if (!kept)
        return fail(kept.error());
    m_out << tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(invocation.databasePath),
                                            QDir::toNativeSeparators(backup))
          << Qt::endl;
    if (!kept->isEmpty())
        m_out << tr("The database it replaced is kept as %1.").arg(QDir::toNativeSeparators(*kept)) << Qt::endl;
    return Done;
}

// Into a new, empty database, which is checked as check would check it; it takes the office's
// database's name once the administrator has looked (docs/administration.md).
// Into an empty database, so nothing is replaced: a backup without the expected seal is restored
// all the same, and the check says it does not hold it.
int CliApplication::restoreOnServer(const QString &backup, const ServerAddress &address,
                                    const std::optional<AuditHead::Expected> &expected)
{
    if (const Status restored = Workspace::restoreServerBackup(backup, address); !restored)
        return fail(restored.error());
    m_out << tr("Restored %1 into the database %2 on the office server.")
                 .arg(QDir::toNativeSeparators(backup), address.displayName())
          << Qt::endl;
    Result<std::unique_ptr<Workspace>> restored = Workspace::openServer(address);
    if (!restored)
        return fail(restored.error());
    Result<QStringList> problems = RecordCheck::problems(restored.value()->repositories());
    if (!problems)
        return fail(problems.error());
    if (expected) {
        const Result<QStringList> head = restored.value()->repositories().audit.verifyHead(*expected);
        if (!head)
            return fail(head.error());
        problems->append(*head);
    }
    for (const QString &problem : *problems)
        m_err << problem << Qt::endl;
    return problems->isEmpty() ? Done : DataProblem;
}

int CliApplication::server(const CliInvocation &invocation)
{
    const QString subcommand = invocation.arguments.value(0);
    const bool init = invocation.arguments == QStringList{u"init"_s};
    const bool upload = subcommand == u"upload"_s && invocation.arguments.size() == 2;
    if (!init && !upload)
        return usageError(tr("server needs init, or upload FILE."));
    const std::optional<ServerAddress> address = ServerAddress::parse(invocation.databasePath);
    if (!address)
        return usageError(tr("server %1 needs --db postgresql://HOST[:PORT]/DATABASE.").arg(subcommand));
    if (upload)
        return uploadToServer(invocation.arguments.at(1), *address);
    const Result<int> prepared = Workspace::prepareServer(*address);
    if (!prepared)
        return fail(prepared.error());
    m_out << tr("The database %1 on the office server is ready for Dotpha (data format %2).")
                 .arg(address->displayName()).arg(*prepared)
          << Qt::endl;
    return Done;
}

int CliApplication::uploadToServer(const QString &file, const ServerAddress &address)
{
    const Result<QList<ServerUpload::Copied>> copied =
        Workspace::uploadToServer(file, address, {}, [this](const QString &table) {
            m_err << tr("Copying %1...").arg(table) << Qt::endl;
        });
    if (!copied)
        return fail(copied.error());
    m_out << tr("%1 was copied to the database %2 on the office server, its change log sealed again and checked:")
                 .arg(QDir::toNativeSeparators(file), address.displayName())
          << Qt::endl;
    for (const ServerUpload::Copied &table : *copied)
        m_out << u"  %1: %2"_s.arg(table.table).arg(table.rows) << Qt::endl;
    return Done;
}

int CliApplication::users(const CliInvocation &invocation)
{
    const QString subcommand = invocation.arguments.value(0);
    if (!CliUserCommands::isKnown(subcommand))
        return usageError(tr("user needs add, list, passwd or disable."));
    if (subcommand != u"list"_s && invocation.arguments.size() != 2)
        return usageError(tr("user %1 needs the account's login.").arg(subcommand));
    if (subcommand == u"add"_s && !fromCode<UserRole>(invocation.value(u"role"_s)))
        return usageError(tr("user add needs --role clerk, reviewer or administrator, and --name NAME."));
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliUserCommands(*session, m_out).run(invocation, m_err);
}

int CliApplication::exchange(const CliInvocation &invocation)
{
    if (const QString problem = CliExchangeCommands::usageProblem(invocation); !problem.isEmpty())
        return usageError(problem);
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliExchangeCommands(*session, m_out, m_err).run(invocation);
}

int CliApplication::review(const CliInvocation &invocation)
{
    if (const QString problem = CliReviewCommands::usageProblem(invocation); !problem.isEmpty())
        return usageError(problem);
    std::unique_ptr<CliSession> session = openSession(invocation, Database::Mode::OpenExisting);
    if (!session)
        return DataProblem;
    return CliReviewCommands(*session, m_out, m_err).run(invocation);
}

} // namespace dotpha
