#include "YearEndReport.h"

#include "BarChartPainter.h"
#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportTable.h"
#include "ReportText.h"
#include "SignatureBlock.h"
#include "VietnameseTerms.h"


#include <cmath>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString number(qlonglong value) { return VietnameseTerms::number(value); }

QString expectedOrObjective(const Task &task)
{
    return task.expectedResult.isEmpty() ? task.objective : task.expectedResult;
}

QString date(const QDate &day) { return VietnameseTerms::date(day); }

} // namespace

QString YearEndReport::title() const
{
    return u"Báo cáo kết quả thực hiện việc đột phá, đổi mới năm %1"_s.arg(m_data.summary.figures.year);
}

ReportTable YearEndReport::taskTable() const
{
    // "Nhận xét" is sentences: at a tenth of the width it read one word per line.
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 18},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 12.5},
                       {u"Mục tiêu, kết quả cần đạt"_s, 13.5},
                       {u"Thời hạn"_s, 10.5, Qt::AlignHCenter},
                       {u"Kết quả"_s, 6.5, Qt::AlignHCenter},
                       {u"Điểm"_s, 5.5, Qt::AlignHCenter},
                       {u"Đánh giá"_s, 9},
                       {u"Nhận xét"_s, 17},
                       {u"Điều chỉnh"_s, 6.5, Qt::AlignHCenter}},
                      10);
    int row = 0;
    int part = 0;
    for (const TaskKind kind : {TaskKind::Collective, TaskKind::Individual}) {
        const int partTotal = m_results.approvedOf(kind);
        if (partTotal == 0)
            continue;
        table.addGroup(u"%1. %2 (%3 việc)"_s.arg(QChar(u'A' + part++))
                           .arg(kind == TaskKind::Collective ? u"VIỆC CỦA TẬP THỂ"_s : u"VIỆC CỦA CÁ NHÂN"_s)
                           .arg(number(partTotal)));
        int group = 0;
        for (const UnitKind unitKind : allValues<UnitKind>()) {
            QList<const Task *> tasks;
            for (const Task &task : m_results.approved()) {
                if (task.kind == kind && task.unitKindAtRegistration == unitKind)
                    tasks << &task;
            }
            if (tasks.isEmpty())
                continue;
            table.addGroup(u"%1. %2"_s.arg(++group).arg(VietnameseTerms::plural(unitKind)));
            for (const Task *task : tasks) {
                const int adjustments = m_data.adjustments.value(task->id);
                table.addRow({QString::number(++row), task->title, ReportText::owner(*task), expectedOrObjective(*task),
                              date(task->deadline), u"%1%"_s.arg(task->progressPercent),
                              task->score ? QString::number(*task->score) : QString(),
                              task->rating ? VietnameseTerms::word(*task->rating) : QString(), task->assessment,
                              adjustments > 0 ? QString::number(adjustments) : QString()});
            }
            table.addSubtotal({QString(), u"Cộng: %1 việc"_s.arg(number(int(tasks.size())))});
        }
    }
    table.addSubtotal({QString(), u"Tổng cộng: %1 việc"_s.arg(number(int(m_results.approved().size())))});
    return table;
}

ReportTable YearEndReport::notApprovedTable() const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 38},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 32},
                       {u"Tình trạng"_s, 18}},
                      10);
    int row = 0;
    for (const Task &task : m_results.notApproved())
        table.addRow({QString::number(++row), task.title, ReportText::owner(task), VietnameseTerms::word(task.status)});
    table.addSubtotal({QString(), u"Cộng: %1 đăng ký"_s.arg(number(row))});
    return table;
}

ReportTable YearEndReport::unitScoreTable() const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Đơn vị"_s, 40},
                       {u"Số việc đã chấm điểm"_s, 15, Qt::AlignHCenter},
                       {u"Điểm bình quân"_s, 13, Qt::AlignHCenter},
                       {u"Mức tương ứng"_s, 20}},
                      10);
    int row = 0;
    for (const ScoreDistribution::UnitScore &unit : m_scores.units()) {
        table.addRow({QString::number(++row), unit.unitName, number(unit.scoredTasks),
                      VietnameseTerms::decimal(unit.average),
                      VietnameseTerms::word(m_scores.thresholds().suggested(int(std::floor(unit.average))))});
    }
    return table;
}

QString YearEndReport::scoreSentence() const
{
    if (m_scores.scored() == 0)
        return {};
    QStringList bands;
    for (const Rating level : allValues<Rating>()) {
        if (m_scores.inBandOf(level) > 0)
            bands << u"%1 việc %2"_s.arg(number(m_scores.inBandOf(level)),
                                         VietnameseTerms::scoreBand(level, m_scores.thresholds()));
    }
    QString sentence = u"Chấm điểm: %1 việc đã được chấm điểm, bình quân %2 điểm (%3)"_s.arg(
        number(m_scores.scored()), VietnameseTerms::decimal(*m_scores.average()), bands.join(u"; "_s));
    if (m_scores.unscored() > 0)
        sentence += u"; %1 việc chưa chấm điểm"_s.arg(number(m_scores.unscored()));
    return sentence + u"."_s;
}

void YearEndReport::paintFigures(DocumentCanvas &canvas) const
{
    const YearFigures &figures = m_data.summary.figures;
    const QFont body = canvas.font(14);
    canvas.paragraph(u"I. KẾT QUẢ CHUNG"_s, canvas.font(14, true), Qt::AlignLeft, 0, canvas.mm(2));
    canvas.paragraph(m_data.summary.sentence, body, Qt::AlignJustify, 0, canvas.mm(2));
    QString totals = u"Tổng số: %1 việc đã được phê duyệt (tập thể: %2; cá nhân: %3); %4 đồng chí đăng ký việc "
                     "của cá nhân."_s
                         .arg(number(int(m_results.approved().size())), number(m_results.approvedOf(TaskKind::Collective)),
                              number(m_results.approvedOf(TaskKind::Individual)), number(figures.peopleWithTasks));
    if (!m_results.notApproved().isEmpty())
        totals += u" %1 đăng ký chưa được phê duyệt không tính vào kết quả (mục III)."_s.arg(
            number(int(m_results.notApproved().size())));
    canvas.paragraph(totals, body, Qt::AlignJustify, 0, canvas.mm(3));

    QList<BarChartPainter::Bar> ratings;
    for (const Rating rating : allValues<Rating>())
        ratings.append({VietnameseTerms::word(rating), m_results.ratedAs(rating)});
    ratings.append({u"Chưa đánh giá"_s, m_results.unrated()});
    BarChartPainter(u"Kết quả đánh giá các việc đã được phê duyệt"_s, ratings).paint(canvas);
    if (const QString scores = scoreSentence(); !scores.isEmpty())
        canvas.paragraph(scores, body, Qt::AlignJustify, 0, canvas.mm(3));
    if (!m_scores.units().isEmpty()) {
        unitScoreTable().paintUnder(canvas, u"Điểm của các đơn vị (bình quân điểm các việc của tập thể)"_s);
        canvas.advance(canvas.mm(4));
    }

    QList<BarChartPainter::Bar> statuses;
    for (const TaskStatus status : allValues<TaskStatus>()) {
        if (status != TaskStatus::Rejected)
            statuses.append({VietnameseTerms::word(status), figures.byStatus.value(status)});
    }
    BarChartPainter(u"Tình trạng đăng ký, phê duyệt"_s, statuses).paint(canvas);
}

void YearEndReport::paint(DocumentCanvas &canvas) const
{
    PartyDocumentHeader header;
    header.documentType = u"BÁO CÁO"_s;
    header.subject = u"kết quả thực hiện việc đột phá, đổi mới năm %1"_s.arg(m_data.summary.figures.year);
    header.symbolPrefix = u"BC"_s;
    header.number = m_data.number;
    header.date = m_data.date;
    header.paint(canvas, m_data.committee);
    paintFigures(canvas);
    SignatureBlock closing;
    closing.signerPosition = m_data.signerPosition;
    closing.signerName = m_data.signerName;
    closing.seal = m_data.auditHead;
    ReportTable tasks = taskTable();
    if (m_results.notApproved().isEmpty())
        tasks.setKeepWithEnd(closing.height(canvas));
    tasks.paintUnder(canvas, u"II. DANH SÁCH CÁC VIỆC ĐỘT PHÁ, ĐỔI MỚI ĐÃ ĐƯỢC PHÊ DUYỆT"_s);
    if (!m_results.notApproved().isEmpty()) {
        ReportTable notApproved = notApprovedTable();
        notApproved.setKeepWithEnd(closing.height(canvas));
        notApproved.paintUnder(canvas, u"III. CÁC ĐĂNG KÝ CHƯA ĐƯỢC PHÊ DUYỆT (không tính vào kết quả)"_s);
    }
    closing.paint(canvas);
}

} // namespace dotpha
