#pragma once

#include "ImportLayout.h"
#include "ImportPlan.h"
#include "ImportReferenceData.h"
#include "RegistrationPlanner.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>

template <typename T>
class QFutureWatcher;

namespace dotpha {

// Plans an import on a worker thread, so that the window stays responsive and can show progress
// and stop a long check. A new start() supersedes the run still going: only the latest run's
// result is ever reported. The worker reads only its own copies (the table is shared read-only,
// the reference data loaded beforehand on the window's thread).
class BackgroundImportPlanner : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImportPlanner(QObject *parent = nullptr);
    // Stops the runs still going and waits for them: they hold nothing of the window's.
    ~BackgroundImportPlanner() override;

    void start(std::shared_ptr<const ImportReferenceData> data, const ImportLayout &layout,
               const QList<QStringList> &table, bool recordDecisions, const RegistrationPlanner::ValueMapping &values);
    // Stops the current run; stopped() follows.
    void stop();
    // Stops the current run, reporting nothing of it.
    void abandon() { supersedeCurrent(); }
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    void progressed(int done, int total);
    void planned(const dotpha::ImportPlan &plan);
    void stopped();

private:
    void supersedeCurrent();

    QFutureWatcher<ImportPlan> *m_watcher = nullptr;
    QList<QFuture<ImportPlan>> m_superseded;   // cancelled, perhaps still finishing
};

} // namespace dotpha
