#include "BackgroundFileReader.h"

#include "RegistrationImporter.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace dotpha {

namespace {

constexpr int ShowAfterMs = 300;

} // namespace

Result<QList<QStringList>> BackgroundFileReader::read(QWidget *parent, const QString &path)
{
    using Rows = Result<QList<QStringList>>;
    // Shared with the worker, which may outlive this call when the user cancels.
    const auto stop = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Rows> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, stop] { return RegistrationImporter::readFile(path, stop.get()); }));

    // A quick read shows nothing. The window takes no input meanwhile, so that nothing changes
    // under the import (another import, another database); what the user types waits.
    QTimer delay;
    delay.setSingleShot(true);
    QObject::connect(&delay, &QTimer::timeout, &loop, &QEventLoop::quit);
    delay.start(ShowAfterMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    delay.stop();
    if (!watcher.isFinished()) {
        QProgressDialog progress(tr("Reading %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        progress.show();
        loop.exec();
        if (!watcher.isFinished()) {
            stop->store(true);   // the worker stops at its next step; its result is dropped
            return Error(Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(QDir::toNativeSeparators(path)));
        }
    }
    return watcher.result();
}

} // namespace dotpha
