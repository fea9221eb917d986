#include "DueTaskList.h"

#include "CommitteeSettingsRepository.h"
#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportTable.h"
#include "ReportText.h"
#include "SignatureBlock.h"

#include "VietnameseTerms.h"


using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString date(const QDate &day) { return VietnameseTerms::date(day); }

QString number(qlonglong value) { return VietnameseTerms::number(value); }

// One line per work item: a table cell breaks its lines only on the Unicode line separator.
QString workItemLines(const QList<WorkItem> &items)
{
    QStringList lines;
    for (const WorkItem &item : items)
        lines << u"%1 (%2)"_s.arg(item.title, date(item.dueOn));
    return lines.join(QChar::LineSeparator);
}

} // namespace

Result<DueTaskList::Contents> DueTaskList::collect(Repositories &repositories, const QDate &today, int days,
                                                   std::optional<int> year)
{
    const Result<std::optional<CommitteeSettings>> committee = repositories.settings.load();
    if (!committee)
        return committee.error();
    Result<QList<DueList::Entry>> due = DueList::collect(repositories, today, days, year);
    if (!due)
        return due.error();
    Result<QList<DueList::Entry>> overdue = DueList::collectOverdue(repositories, today, year);
    if (!overdue)
        return overdue.error();
    Contents contents;
    contents.committee = committee->value_or(CommitteeSettings());
    contents.today = today;
    contents.days = days;
    contents.year = year;
    contents.due = std::move(due).value();
    contents.overdue = std::move(overdue).value();
    return contents;
}

QString DueTaskList::subject() const
{
    QString subject = u"các việc đột phá, đổi mới đến hạn và quá hạn"_s;
    if (m_contents.year)
        subject += u" năm %1"_s.arg(*m_contents.year);
    return subject;
}

QString DueTaskList::title() const
{
    return u"Danh sách "_s + subject();
}

QString DueTaskList::opening() const
{
    return u"Tính đến ngày %1, có %2 việc đến hạn trong %3 ngày tới (đến hết ngày %4) và %5 việc đã quá hạn mà "
           "chưa hoàn thành."_s
        .arg(date(m_contents.today), number(m_contents.due.size()), number(m_contents.days),
             date(m_contents.today.addDays(m_contents.days)), number(m_contents.overdue.size()));
}

ReportTable DueTaskList::table(const QList<DueList::Entry> &entries, const QString &lastColumn,
                               const std::function<QString(const DueList::Entry &)> &lastCell) const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 22},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 15},
                       {u"Thời hạn"_s, 10.5, Qt::AlignHCenter},
                       {u"Đầu điểm công việc đến hạn"_s, 22},
                       {u"Tiến độ"_s, 8, Qt::AlignHCenter},
                       {lastColumn, 10, Qt::AlignHCenter}},
                      10);
    int row = 0;
    for (const DueList::Entry &entry : entries) {
        const Task &task = entry.task;
        table.addRow({QString::number(++row), task.title, ReportText::owner(task), date(task.deadline),
                      workItemLines(entry.workItems), u"%1%"_s.arg(task.progressPercent), lastCell(entry)});
    }
    table.addSubtotal({QString(), u"Cộng: %1 việc"_s.arg(number(entries.size()))});
    return table;
}

ReportTable DueTaskList::dueTable() const
{
    return table(m_contents.due, u"Đến hạn"_s, [](const DueList::Entry &entry) { return date(entry.firstDue); });
}

ReportTable DueTaskList::overdueTable() const
{
    const QDate today = m_contents.today;
    return table(m_contents.overdue, u"Quá hạn"_s, [today](const DueList::Entry &entry) {
        return u"%1 ngày"_s.arg(number(entry.firstDue.daysTo(today)));
    });
}

// An empty section says so instead of drawing an empty table; keepWithEnd: what follows it and
// must share its page (the signature).
void DueTaskList::paintSection(DocumentCanvas &canvas, const QString &title, bool empty, const ReportTable &table,
                               qreal keepWithEnd)
{
    if (!empty) {
        table.paintUnder(canvas, title);
        return;
    }
    const QFont titleFont = canvas.font(14, true);
    canvas.ensureSpace(canvas.mm(3) + canvas.textHeight(title, titleFont, canvas.area().width()) + canvas.mm(12)
                       + keepWithEnd);
    canvas.advance(canvas.mm(3));
    canvas.paragraph(title, titleFont, Qt::AlignLeft, 0, canvas.mm(2));
    canvas.paragraph(u"Không có việc nào."_s, canvas.font(14, false, true), Qt::AlignLeft, 0, canvas.mm(2));
}

void DueTaskList::paint(DocumentCanvas &canvas) const
{
    PartyDocumentHeader header;
    header.documentType = u"DANH SÁCH"_s;
    header.subject = subject();
    header.symbolPrefix = u"DS"_s;
    header.number = m_contents.number;
    header.date = m_contents.date;
    header.paint(canvas, m_contents.committee);
    canvas.paragraph(opening(), canvas.font(14), Qt::AlignJustify, 0, canvas.mm(3));
    paintSection(canvas, u"I. CÁC VIỆC ĐẾN HẠN TỪ NGÀY %1 ĐẾN NGÀY %2"_s.arg(
                             date(m_contents.today), date(m_contents.today.addDays(m_contents.days))),
                 m_contents.due.isEmpty(), dueTable());
    SignatureBlock closing;
    closing.signerPosition = m_contents.signerPosition;
    closing.signerName = m_contents.signerName;
    closing.recipients = {u"Các cơ quan, đơn vị, cá nhân có việc nêu trên (để thực hiện)"_s,
                          u"Ban Thường vụ cấp ủy cấp trên (để báo cáo)"_s, u"Lưu Văn phòng"_s};
    ReportTable overdue = overdueTable();
    overdue.setKeepWithEnd(closing.height(canvas));
    paintSection(canvas, u"II. CÁC VIỆC ĐÃ QUÁ HẠN, CHƯA HOÀN THÀNH"_s, m_contents.overdue.isEmpty(), overdue,
                 closing.height(canvas));
    closing.paint(canvas);
}

} // namespace dotpha
