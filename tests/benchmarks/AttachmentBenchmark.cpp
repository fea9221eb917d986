// Times storing, reading back and proving an evidence file of the size an office attaches at most
// (50 MB by default), against copying the same file on the same disk, how long the attach's write
// transaction lasts (what another PC's save waits on), and the largest memory the process took:
// the file is streamed in chunks, so memory must stay far below its size.
//
//   dotpha-bench-attachments [--runs R] [--megabytes M] [--db FILE_OR_SERVER_ADDRESS]
//
// Without --db a new file in a temporary folder; a server database must be prepared beforehand
// (createdb, dotpha-cli server init) and is used as its owner.

#include "AttachmentReader.h"
#include "AttachmentService.h"
#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "RecordCheck.h"
#include "SampleData.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::bench;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &what)
{
    out << what << Qt::endl;
    std::exit(1);
}

void writeRandomFile(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(u"cannot write "_s + path);
    QByteArray chunk(Attachment::ChunkBytes, Qt::Uninitialized);
    for (qint64 i = 0; i < megabytes; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk);
    }
}

long peakResidentMegabytes()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
#else
    return -1;
#endif
}

// The write transactions of the attach, timed: how long another PC's save would wait on it.
class TimedTransactions final : public TransactionRunner
{
public:
    explicit TimedTransactions(TransactionRunner &inner) : m_inner(inner) {}

    Status inTransaction(const std::function<Status()> &work) override
    {
        QElapsedTimer timer;
        timer.start();
        const Status done = m_inner.inTransaction(work);
        m_longest = std::max(m_longest, elapsedMs(timer));
        return done;
    }
    bool isInTransaction() const override { return m_inner.isInTransaction(); }
    void setCommitListener(std::function<void()> listener) override { m_inner.setCommitListener(std::move(listener)); }

    // The longest since the last call.
    double takeLongest() { return std::exchange(m_longest, 0.0); }

private:
    TransactionRunner &m_inner;
    double m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(),
                                     u"usage: dotpha-bench-attachments [--runs R] [--megabytes M] [--db FILE|postgresql://HOST/DATABASE]"_s,
                                     {u"--runs"_s, u"--megabytes"_s, u"--db"_s});
    const int runs = options.number(u"--runs"_s, 5);
    const qint64 megabytes = options.value(u"--megabytes"_s, u"50"_s).toLongLong();
    QTemporaryDir folder;
    const QString location = options.value(u"--db"_s, folder.filePath(u"bench.sqlite"_s));
    auto workspace = Workspace::open(location);
    if (!workspace)
        fail(workspace.error().message());
    Repositories &repositories = workspace.value()->repositories();
    if (repositories.tasks.list(TaskQuery())->isEmpty() && !SampleData::load(repositories).ok())
        fail(u"cannot load the sample"_s);
    Attachment target;
    target.taskId = repositories.tasks.list(TaskQuery())->constFirst().id;
    User actor;
    actor.role = UserRole::Administrator;
    actor.displayName = u"bench"_s;

    const QString source = folder.filePath(u"scan.pdf"_s);
    writeRandomFile(source, megabytes);
    out << "A file of " << megabytes << " MB on " << workspace.value()->displayName() << ", " << runs << " runs"
        << Qt::endl;
    const long memoryBefore = peakResidentMegabytes();
    QList<double> copying, attaching, locking, extracting, checking;
    TimedTransactions timed(repositories.transactions);
    Repositories timedRepositories{repositories.units, repositories.people, repositories.fields, repositories.tasks,
                                   repositories.decisions, repositories.progressNotes, repositories.workItems,
                                   repositories.indicators, repositories.users, repositories.settings,
                                   repositories.committeeKey, repositories.exchangeLog, repositories.exchangePartners,
                                   repositories.figures, repositories.audit, repositories.closedYears,
                                   repositories.attachments, timed};
    AttachmentService service(timedRepositories);
    AttachmentReader reader(repositories);
    if (megabytes > *service.sizeLimitMegabytes()) {
        if (const Status raised = service.setSizeLimitMegabytes(actor, int(megabytes)); !raised)
            fail(raised.error().message());
    }
    for (int run = 0; run < runs; ++run) {
        const QString copy = folder.filePath(u"copy-%1.pdf"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        if (!QFile::copy(source, copy))
            fail(u"cannot copy"_s);
        copying << elapsedMs(timer);
        timer.restart();
        timed.takeLongest();
        const Result<qint64> id = service.attach(actor, target, source);
        if (!id)
            fail(id.error().message());
        attaching << elapsedMs(timer);
        locking << timed.takeLongest();
        timer.restart();
        if (const Status written = reader.extract(*id, folder.filePath(u"out-%1.pdf"_s.arg(run))); !written)
            fail(written.error().message());
        extracting << elapsedMs(timer);
        timer.restart();
        if (const Result<QStringList> problems = RecordCheck::problems(repositories); !problems || !problems->isEmpty())
            fail(u"check found problems"_s);
        checking << elapsedMs(timer);
        QFile::remove(copy);
        QFile::remove(folder.filePath(u"out-%1.pdf"_s.arg(run)));
    }
    report(out, u"copying the file (QFile::copy)"_s, copying);
    report(out, u"attaching it (hashed, staged in 1 MiB chunks, adopted)"_s, attaching);
    report(out, u"its write transaction (what another save waits on)"_s, locking);
    report(out, u"extracting it (read back, proved, saved)"_s, extracting);
    report(out, u"check (the trail and every file stored so far)"_s, checking);
    out << "attaching / copying: " << QString::number(median(attaching) / median(copying), 'f', 1) << Qt::endl;
    out << "peak memory: " << memoryBefore << " MB before, " << peakResidentMegabytes() << " MB after" << Qt::endl;
    return 0;
}
