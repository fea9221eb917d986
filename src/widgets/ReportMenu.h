#pragma once

#include "Task.h"

#include <QMenu>

#include <functional>
#include <memory>
#include <optional>

namespace dotpha {

class DatabaseSession;
class PrintableDocument;

// The Reports menu: the year's summary on screen, and the printed documents (year-end report,
// registration list, the selected task's registration sheet, the six-month review, the tasks due
// and overdue), each through print preview or straight to PDF.
class ReportMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Document { YearEnd, Registrations, TaskSheet, SixMonth, DueList };

    struct Context
    {
        std::function<DatabaseSession *()> session;
        std::function<int()> year;
        std::function<std::optional<Task>()> currentTask;
    };

    ReportMenu(Context context, QWidget *parent);

    std::unique_ptr<PrintableDocument> makeDocument(Document document);
    void preview(Document document);
    void exportPdf(Document document);
    void showSummary();
    void updateActions();

private:
    std::unique_ptr<PrintableDocument> makeDueList(DatabaseSession &session);
    void writePdf(const PrintableDocument &printable, QWidget *asker);
    void rememberSeal(const PrintableDocument &printable);
    Context m_context;
    QList<QAction *> m_taskActions;
};

} // namespace dotpha
