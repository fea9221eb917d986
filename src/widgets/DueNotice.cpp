#include "DueNotice.h"

#include "Repositories.h"
#include "TaskRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

DueNotice::DueNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"dueNotice"_s);
    setTextFormat(Qt::RichText);
    hide();
    connect(this, &QLabel::linkActivated, this, &DueNotice::chosen);
}

void DueNotice::refresh(Repositories *repositories, const QDate &today, int days)
{
    if (!repositories) {
        hide();
        return;
    }
    TaskQuery soon;
    soon.due = TaskQuery::DueWindow{today, today.addDays(days)};
    TaskQuery overdue;
    overdue.due = TaskQuery::DueWindow{std::nullopt, today.addDays(-1)};
    const Result<int> dueCount = repositories->tasks.count(soon);
    const Result<int> overdueCount = repositories->tasks.count(overdue);
    if (!dueCount || !overdueCount || (*dueCount == 0 && *overdueCount == 0)) {
        hide();   // a failed count shows where the lists are read; this word is only a pointer
        return;
    }
    // Short, since it shares the status bar with the window's message; the sentence is its tooltip.
    QStringList parts;   // only what there is: "5 việc quá hạn", not "0 việc sắp đến hạn · 5 việc quá hạn"
    if (*dueCount > 0)
        parts << tr("%n due soon", nullptr, *dueCount);
    QString sentence = tr("%n task(s) due in the next %1 days", nullptr, *dueCount).arg(days);
    if (*overdueCount > 0) {
        parts << tr("%n overdue", nullptr, *overdueCount);
        sentence += u", "_s + tr("%n overdue", nullptr, *overdueCount);
    }
    setText(u"<a href=\"due\">%1</a>"_s.arg(parts.join(u" \u00b7 "_s).toHtmlEscaped()));
    setToolTip(sentence + u". "_s + tr("Show the tasks falling due soon"));
    show();
}

} // namespace dotpha
