#include "FileProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace dotpha {

AttachmentProgress FileProgress::shownOver(QWidget *parent, const QString &label)
{
    auto progress = std::make_shared<FileProgress>(parent, label);
    return [progress](qint64 done, qint64 total) { return progress->report(done, total); };
}

FileProgress::FileProgress(QWidget *parent, QString label)
    : m_parent(parent)
    , m_label(std::move(label))
{
}

FileProgress::~FileProgress()
{
    if (!m_dialog)
        return;
    // reset() hides it and stops the timer that would show it again from a later event loop.
    m_dialog->reset();
    m_dialog->deleteLater();
}

bool FileProgress::report(qint64 done, qint64 total)
{
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0,
                                       1000, m_parent);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(400);
        m_dialog->setAutoClose(true);
    }
    m_dialog->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace dotpha
