#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace dotpha {

// Makes a widget that knows nothing of files (the progress page) take local files dropped on
// it, and tells who listens; anything else dropped is left to the widget.
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    // Installs itself on target, which it makes accept drops.
    explicit FileDropFilter(QWidget *target);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace dotpha
