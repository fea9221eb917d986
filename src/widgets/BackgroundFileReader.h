#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace dotpha {

// Reads a registration spreadsheet on a worker thread, the window kept painting behind a busy,
// window-modal progress dialog with a Cancel button, shown once the reading takes more than a
// moment (the window takes no input before). A cancel returns at once and tells the reading to
// stop at its next step; the reading holds nothing of the window's, and its result is dropped.
class BackgroundFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundFileReader)

public:
    // The file's rows, what is wrong with it, or Error::Kind::Cancelled.
    static Result<QList<QStringList>> read(QWidget *parent, const QString &path);
};

} // namespace dotpha
