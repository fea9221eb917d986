#include "BackgroundFileReader.h"

#include "RegistrationImporter.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace dotpha {

namespace {

constexpr int ShowAfterMs = 300;

} // namespace

Result<QList<QStringList>> BackgroundFileReader::read(QWidget *parent, const QString &path)
{
    using Rows = Result<QList<QStringList>>;
    QFutureWatcher<Rows> watcher;
    QProgressDialog progress(tr("Reading %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ShowAfterMs);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] { return RegistrationImporter::readFile(path); }));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished())
        return Error(Error::Kind::Cancelled,
                     tr("Reading %1 was cancelled.").arg(QDir::toNativeSeparators(path)));
    return watcher.result();
}

} // namespace dotpha
