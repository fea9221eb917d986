#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace dotpha {

class DatabaseSession;

// The window's spreadsheet actions: importing registrations (read in the background, then
// planned and confirmed in ImportDialog), exporting the year's registrations, and exporting the
// blank template offices fill in.
class InterchangeActions : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        std::function<DatabaseSession *()> session;
        std::function<int()> year;
    };

    InterchangeActions(Context context, QMainWindow *window);

    void addFileActions(QMenu *file);
    // registers: whether the signed-in role registers tasks, and so may import them.
    void updateActions(bool registers);

    void importRegistrations();
    void exportRegistrations();
    void exportTemplate();

Q_SIGNALS:
    // Tasks were imported: the views show all of the year's tasks.
    void imported();

private:
    void showStatus(const QString &message);
    QMainWindow *window() const;

    Context m_context;
    QAction *m_importAction = nullptr;
    QList<QAction *> m_exportActions;
};

} // namespace dotpha
