#include "BackgroundImportPlanner.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace dotpha {

namespace {

void planOnWorker(QPromise<ImportPlan> &promise, const std::shared_ptr<const ImportReferenceData> &data,
                  const ImportLayout &layout, const QList<QStringList> &table, bool recordDecisions,
                  const RegistrationPlanner::ValueMapping &values)
{
    promise.setProgressRange(0, int(table.size()));
    std::optional<ImportPlan> plan = RegistrationPlanner(*data, layout, recordDecisions, values, RegistrationPlanner::Reader::Window).plan(table, [&](int done, int) {
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (plan && !promise.isCanceled())
        promise.addResult(std::move(*plan));
}

} // namespace

BackgroundImportPlanner::BackgroundImportPlanner(QObject *parent) : QObject(parent) {}

BackgroundImportPlanner::~BackgroundImportPlanner()
{
    supersedeCurrent();
    for (QFuture<ImportPlan> &run : m_superseded)
        run.waitForFinished();
}

void BackgroundImportPlanner::start(std::shared_ptr<const ImportReferenceData> data, const ImportLayout &layout,
                                    const QList<QStringList> &table, bool recordDecisions,
                                    const RegistrationPlanner::ValueMapping &values)
{
    supersedeCurrent();
    auto *watcher = new QFutureWatcher<ImportPlan>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher](int done) { emit progressed(done, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QFuture<ImportPlan> run = watcher->future();
        m_watcher = nullptr;
        watcher->deleteLater();
        if (run.isCanceled() || run.resultCount() == 0)
            emit stopped();
        else
            emit planned(run.result());
    });
    m_watcher = watcher;
    watcher->setFuture(QtConcurrent::run(planOnWorker, std::move(data), layout, table, recordDecisions, values));
}

void BackgroundImportPlanner::stop()
{
    if (m_watcher)
        m_watcher->cancel();
}

void BackgroundImportPlanner::supersedeCurrent()
{
    m_superseded.removeIf([](const QFuture<ImportPlan> &run) { return run.isFinished(); });
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_superseded << m_watcher->future();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

} // namespace dotpha
