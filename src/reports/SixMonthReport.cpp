#include "SixMonthReport.h"

#include "BarChartPainter.h"
#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportTable.h"
#include "ReportText.h"
#include "SignatureBlock.h"
#include "SixMonthSentence.h"
#include "VietnameseTerms.h"


using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString number(qlonglong value) { return VietnameseTerms::number(value); }

QString date(const QDate &day) { return VietnameseTerms::date(day); }

// "12/06/2026 (40%): Đã khảo sát 120 hộ", or nothing when the task has no note yet.
QString noteCell(const std::optional<ProgressNote> &note)
{
    if (!note)
        return {};
    QString cell = date(note->notedOn);
    if (note->percent)
        cell += u" (%1%)"_s.arg(*note->percent);
    return note->text.isEmpty() ? cell : cell + u": "_s + note->text;
}

QString subjectOf(int year)
{
    return u"sơ kết 6 tháng đầu năm %1 thực hiện việc đột phá, đổi mới"_s.arg(year);
}

} // namespace

QString SixMonthReport::title() const
{
    return u"Báo cáo "_s + subjectOf(m_review.year());
}

ReportTable SixMonthReport::laggingTable() const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 19},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 15},
                       {u"Thời hạn"_s, 10.5, Qt::AlignHCenter},
                       {u"Tiến độ"_s, 8, Qt::AlignHCenter},
                       {u"Tình trạng"_s, 12},
                       {u"Ghi nhận gần nhất"_s, 22}},
                      10);
    int row = 0;
    for (const SixMonthReview::Standing &standing : m_review.lagging()) {
        const Task &task = standing.task;
        table.addRow({QString::number(++row), task.title, ReportText::owner(task), date(task.deadline),
                      u"%1%"_s.arg(task.progressPercent), VietnameseTerms::word(standing.state),
                      noteCell(standing.latestNote)});
    }
    table.addSubtotal({QString(), u"Cộng: %1 việc"_s.arg(number(row))});
    return table;
}

ReportTable SixMonthReport::progressTable() const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 22},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 15},
                       {u"Mục tiêu, kết quả cần đạt"_s, 20},
                       {u"Thời hạn"_s, 10.5, Qt::AlignHCenter},
                       {u"Tiến độ"_s, 8, Qt::AlignHCenter},
                       {u"Tình trạng"_s, 11}},
                      10);
    int row = 0;
    int part = 0;
    for (const TaskKind kind : {TaskKind::Collective, TaskKind::Individual}) {
        QList<const SixMonthReview::Standing *> standings;
        for (const SixMonthReview::Standing &standing : m_review.standings()) {
            if (standing.task.kind == kind)
                standings << &standing;
        }
        if (standings.isEmpty())
            continue;
        table.addGroup(u"%1. %2 (%3 việc)"_s.arg(QChar(u'A' + part++))
                           .arg(kind == TaskKind::Collective ? u"VIỆC CỦA TẬP THỂ"_s : u"VIỆC CỦA CÁ NHÂN"_s)
                           .arg(number(int(standings.size()))));
        for (const SixMonthReview::Standing *standing : standings) {
            const Task &task = standing->task;
            table.addRow({QString::number(++row), task.title, ReportText::owner(task),
                          task.expectedResult.isEmpty() ? task.objective : task.expectedResult, date(task.deadline),
                          u"%1%"_s.arg(task.progressPercent), VietnameseTerms::word(standing->state)});
        }
    }
    table.addSubtotal({QString(), u"Tổng cộng: %1 việc"_s.arg(number(row))});
    return table;
}

void SixMonthReport::paintFigures(DocumentCanvas &canvas) const
{
    canvas.paragraph(u"I. KẾT QUẢ CHUNG"_s, canvas.font(14, true), Qt::AlignLeft, 0, canvas.mm(2));
    canvas.paragraph(SixMonthSentence::compose(m_review), canvas.font(14), Qt::AlignJustify, 0, canvas.mm(3));
    QList<BarChartPainter::Bar> bars;
    for (const ExecutionState::State state :
         {ExecutionState::State::Completed, ExecutionState::State::OnTrack, ExecutionState::State::NotStarted,
          ExecutionState::State::BehindSchedule, ExecutionState::State::Overdue})
        bars.append({VietnameseTerms::word(state), m_review.count(state)});
    BarChartPainter(u"Tình hình thực hiện đến ngày %1"_s.arg(date(m_review.asOf())), bars).paint(canvas);
}

void SixMonthReport::paint(DocumentCanvas &canvas) const
{
    PartyDocumentHeader header;
    header.documentType = u"BÁO CÁO"_s;
    header.subject = subjectOf(m_review.year());
    header.symbolPrefix = u"BC"_s;
    header.number = m_data.number;
    header.date = m_data.date;
    header.paint(canvas, m_data.committee);
    paintFigures(canvas);
    if (m_review.lagging().isEmpty()) {
        canvas.paragraph(u"II. CÁC VIỆC CHẬM TIẾN ĐỘ, QUÁ HẠN"_s, canvas.font(14, true), Qt::AlignLeft, 0, canvas.mm(2));
        canvas.paragraph(u"Không có việc nào chậm tiến độ hay quá hạn."_s, canvas.font(14, false, true),
                         Qt::AlignLeft, 0, canvas.mm(3));
    } else {
        laggingTable().paintUnder(canvas, u"II. CÁC VIỆC CHẬM TIẾN ĐỘ, QUÁ HẠN"_s);
    }
    SignatureBlock closing;
    closing.signerPosition = m_data.signerPosition;
    closing.signerName = m_data.signerName;
    closing.seal = m_data.auditHead;
    ReportTable progress = progressTable();
    progress.setKeepWithEnd(closing.height(canvas));
    progress.paintUnder(canvas, u"III. TIẾN ĐỘ CÁC VIỆC ĐÃ ĐƯỢC PHÊ DUYỆT ĐẾN NGÀY %1"_s.arg(date(m_review.asOf())));
    closing.paint(canvas);
}

} // namespace dotpha
