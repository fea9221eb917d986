#include "TaskDetailsFormatter.h"

#include "AttachmentRepository.h"

#include "AuditDescription.h"
#include "AuditRepository.h"
#include "ColumnNames.h"
#include "DecisionRepository.h"
#include "IndicatorSentence.h"
#include "RegistrationComparison.h"
#include "EnumNames.h"
#include "ExecutionState.h"
#include "FieldRepository.h"
#include "IndicatorRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskRepository.h"
#include "TaskTableModel.h"
#include "WorkItemRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return u"<tr><td style='color:#555; padding-right:12px; white-space:nowrap; vertical-align:top'>%1</td>"
           "<td style='vertical-align:top'>%2</td></tr>"_s
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString paragraph(const QString &text)
{
    return u"<p style='color:#555'>%1</p>"_s.arg(text.toHtmlEscaped());
}

// A section that could not be read says so under its heading, rather than look empty.
QString unreadable(const QString &heading, const Error &error)
{
    return u"<h4>%1</h4><p style='color:#a4262c'>%2</p>"_s.arg(heading.toHtmlEscaped(), error.message().toHtmlEscaped());
}

} // namespace

// "2021: title" of the task this one was carried over from.
QString TaskDetailsFormatter::continued(const Task &task) const
{
    if (!task.continuesTaskId)
        return {};
    const Result<Task> original = m_repositories.tasks.find(*task.continuesTaskId);
    return original ? tr("%1 (carried over from %2)").arg(original->title).arg(original->year) : QString();
}

QString TaskDetailsFormatter::registration(const Task &task) const
{
    QString field;
    if (task.fieldId) {
        if (const auto fields = m_repositories.fields.all()) {
            for (const Field &candidate : *fields) {
                if (candidate.id == *task.fieldId)
                    field = candidate.name;
            }
        }
    }
    const QString years = task.isMultiYear() ? u"%1\u2013%2"_s.arg(task.year).arg(task.lastYear()) : QString::number(task.year);
    return u"<h3>%1</h3><table>"_s.arg(task.title.toHtmlEscaped())
           + row(tr("Kind"), EnumNames::name(task.kind)) + row(tr("Year"), years)
           + row(tr("Lead unit"), task.unitNameAtRegistration)
           + row(tr("Person"), task.kind == TaskKind::Individual ? TaskTableModel::ownerText(task) : QString())
           + row(tr("Content"), task.content) + row(tr("Objective"), task.objective)
           + row(tr("Expected result"), task.expectedResult) + row(tr("Solutions"), task.solutions)
           + row(tr("Deadline"), date(task.deadline)) + row(tr("Nature"), EnumNames::name(task.nature))
           + row(tr("Field"), field) + row(tr("Origin"), EnumNames::name(task.origin))
           + row(tr("Continues"), continued(task))
           + row(tr("Status"), EnumNames::name(task.status))
           + row(tr("Execution"), ExecutionState::name(ExecutionState::of(task, QDate::currentDate()))) + u"</table>"_s;
}

QString TaskDetailsFormatter::decisions(const Task &task) const
{
    const auto decisions = m_repositories.decisions.ofTask(task.id);
    if (!decisions)
        return paragraph(decisions.error().message());
    if (decisions->isEmpty())
        return paragraph(tr("No decision has been recorded for this task yet."));
    QString html = u"<table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                   "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>"_s
                       .arg(tr("Date"), tr("Decision"), tr("Number"), tr("Reviewer"), tr("Reason"));
    for (const Decision &decision : *decisions) {
        const QString kind = decision.lateAmendment ? tr("%1 (late amendment)").arg(EnumNames::name(decision.kind))
                                                    : EnumNames::name(decision.kind);
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            date(decision.decidedOn), kind.toHtmlEscaped(), decision.number.toHtmlEscaped(),
            decision.reviewerName.toHtmlEscaped(), decision.reason.toHtmlEscaped());
    }
    return html + u"</table>"_s + comparison(*decisions, task);
}

// The registration as first accepted beside the task as it stands, the differing rows marked.
QString TaskDetailsFormatter::comparison(const QList<Decision> &decisions, const Task &task) const
{
    const QList<RegistrationComparison::Row> rows = RegistrationComparison::rows(decisions, task);
    if (rows.isEmpty())
        return {};
    const bool anyDifference = std::any_of(rows.begin(), rows.end(), [](const auto &row) { return row.differs; });
    QString html = u"<h4>%1</h4>"_s.arg(tr("As registered and as now approved").toHtmlEscaped());
    if (!anyDifference)
        html += paragraph(tr("No change since the registration was approved."));
    html += u"<table cellpadding='3' border='1' style='border-collapse:collapse'><tr><th></th><th align='left'>%1</th>"
            "<th align='left'>%2</th></tr>"_s.arg(tr("As registered").toHtmlEscaped(), tr("As now approved").toHtmlEscaped());
    for (const RegistrationComparison::Row &row : rows) {
        const QString style = row.differs ? u" style='background:#fff3cd; font-weight:bold'"_s : QString();
        html += u"<tr%1><td style='color:#555'>%2%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            style, row.differs ? u"▸ "_s : QString(), row.label.toHtmlEscaped(),
            row.registered.toHtmlEscaped().replace(u'\n', u"<br>"_s), row.current.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    return html + u"</table>"_s;
}

QString TaskDetailsFormatter::history(const Task &task) const
{
    const Result<QList<AuditEntry>> entries = m_repositories.audit.ofTask(task.id);
    if (!entries)
        return paragraph(entries.error().message());
    if (entries->isEmpty())
        return paragraph(tr("No change has been recorded for this task."));
    QString html = u"<table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                   "<th align='left'>%4</th></tr>"_s
                       .arg(tr("When"), tr("Who"), tr("What"), tr("Change"));
    for (auto entry = entries->crbegin(); entry != entries->crend(); ++entry) {
        html += u"<tr><td style='white-space:nowrap'>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            QLocale().toString(entry->recordedAt.toLocalTime(), u"dd/MM/yyyy HH:mm"_s), AuditDescription::actor(*entry).toHtmlEscaped(),
            AuditDescription::subjectWithin(*entry, task.id).toHtmlEscaped(), AuditDescription::change(*entry).toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

QString TaskDetailsFormatter::progress(const Task &task) const
{
    QString html = u"<p><b>%1</b> %2%</p>"_s.arg(tr("Progress:").toHtmlEscaped()).arg(task.progressPercent);
    const auto notes = m_repositories.progressNotes.ofTask(task.id);
    if (!notes)
        html += unreadable(tr("Progress notes"), notes.error());
    else if (!notes->isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(tr("Progress notes").toHtmlEscaped());
        for (const ProgressNote &note : *notes) {
            const QString percent = note.percent ? u" (%1%)"_s.arg(*note.percent) : QString();
            html += u"<li>%1%2: %3</li>"_s.arg(date(note.notedOn), percent, note.text.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    const auto items = m_repositories.workItems.ofTask(task.id);
    if (!items)
        html += unreadable(tr("Work items"), items.error());
    else if (!items->isEmpty()) {
        html += u"<h4>%1</h4><ol>"_s.arg(tr("Work items").toHtmlEscaped());
        for (const WorkItem &item : *items) {
            const QString state = item.isDone() ? tr("done %1").arg(date(item.doneOn))
                                  : item.dueOn.isValid() ? tr("due %1").arg(date(item.dueOn))
                                                         : QString();
            html += u"<li>%1 <span style='color:#555'>%2</span></li>"_s.arg(item.title.toHtmlEscaped(), state.toHtmlEscaped());
        }
        html += u"</ol>"_s;
    }
    const auto indicators = m_repositories.indicators.ofTask(task.id);
    if (!indicators)
        html += unreadable(tr("Indicators"), indicators.error());
    else if (!indicators->isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(tr("Indicators").toHtmlEscaped());
        for (const Indicator &indicator : *indicators) {
            QStringList parts;
            if (indicator.baseline)
                parts << tr("baseline %1").arg(number(*indicator.baseline));
            if (indicator.target)
                parts << tr("target %1").arg(number(*indicator.target));
            const auto values = m_repositories.indicators.valuesOf(indicator.id);
            if (values && !values->isEmpty()) {
                const IndicatorValue &latest = values->constLast();
                parts << tr("%1 on %2").arg(number(latest.value), date(latest.measuredOn));
                if (!latest.note.trimmed().isEmpty())   // where the figure comes from, what it counts
                    parts << latest.note.trimmed();
            }
            const QString sentence = values ? IndicatorSentence::compose(indicator, *values) : QString();
            html += u"<li>%1 (%2): %3%4</li>"_s.arg(
                indicator.name.toHtmlEscaped(), indicator.unitOfMeasure.toHtmlEscaped(), parts.join(u"; "_s).toHtmlEscaped(),
                sentence.isEmpty() ? QString() : u"<br><i>%1</i>"_s.arg(sentence.toHtmlEscaped()));
        }
        html += u"</ul>"_s;
    }
    html += attachments(task);
    return html;
}

// The files' names, sizes and dates; a removed file struck through, since the record keeps it.
QString TaskDetailsFormatter::attachments(const Task &task) const
{
    const QString hint = u"<p style='color:#555'>%1</p>"_s.arg(
        tr("Drop files here to attach them; Progress ▸ Attached files opens, saves and removes them.").toHtmlEscaped());
    const auto files = m_repositories.attachments.ofTask(task.id);
    if (!files)
        return unreadable(tr("Attached files"), files.error());
    if (files->isEmpty())
        return hint;
    QString html = u"<h4>%1</h4><ul>"_s.arg(tr("Attached files").toHtmlEscaped());
    const QLocale locale;
    for (const Attachment &file : *files) {
        const QString line = u"%1 <span style='color:#555'>(%2, %3)</span>"_s.arg(
            file.fileName.toHtmlEscaped(), locale.formattedDataSize(file.sizeBytes, 2, QLocale::DataSizeTraditionalFormat).toHtmlEscaped(),
            date(file.createdAt.toLocalTime().date()));
        html += file.isRemoved() ? u"<li><s>%1</s> %2</li>"_s.arg(line, tr("(removed)").toHtmlEscaped())
                                 : u"<li>%1</li>"_s.arg(line);
    }
    return html + u"</ul>"_s + hint;
}

QString TaskDetailsFormatter::evaluation(const Task &task) const
{
    if (!task.rating)
        return paragraph(tr("The task has not been rated yet."));
    const QString score = task.score ? tr("%n point(s)", nullptr, *task.score) : tr("not scored");
    return u"<table>"_s + row(tr("Rating"), EnumNames::name(*task.rating)) + row(tr("Score"), score)
           + row(tr("Assessment"), task.assessment) + u"</table>"_s;
}

} // namespace dotpha
