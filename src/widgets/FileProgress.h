#pragma once

#include "AttachmentProgress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace dotpha {

// The progress of storing or reading one file, as a window modal to the one asking. The dialog
// is made at the first report, not before: a file refused before its first byte (too large, a
// closed year) shows no empty dialog behind the message that says why. It goes with the last
// copy of the callback, hidden at once, so that no copy kept by an undo step keeps it alive.
class FileProgress
{
    Q_DECLARE_TR_FUNCTIONS(FileProgress)

public:
    static AttachmentProgress shownOver(QWidget *parent, const QString &label);

    FileProgress(QWidget *parent, QString label);
    ~FileProgress();
    FileProgress(const FileProgress &) = delete;
    FileProgress &operator=(const FileProgress &) = delete;

    // false once Cancel is pressed.
    bool report(qint64 done, qint64 total);

private:
    QPointer<QWidget> m_parent;
    QString m_label;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace dotpha
