#include "TaskSheet.h"

#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportTable.h"
#include "ReportText.h"
#include "VietnameseTerms.h"

using namespace Qt::StringLiterals;

namespace dotpha {

TaskSheet::TaskSheet(CommitteeSettings committee, Task task, QList<Decision> decisions, QString fieldName)
    : m_committee(std::move(committee))
    , m_task(std::move(task))
    , m_decisions(std::move(decisions))
    , m_fieldName(std::move(fieldName))
{
}

QString TaskSheet::title() const
{
    return u"Phiếu đăng ký việc đột phá, đổi mới: %1"_s.arg(m_task.title);
}

void TaskSheet::paint(DocumentCanvas &canvas) const
{
    PartyDocumentHeader header;
    header.documentType = u"PHIẾU ĐĂNG KÝ"_s;
    header.subject = u"việc đột phá, đổi mới năm %1"_s.arg(m_task.year);
    header.symbolPrefix = u"PĐK"_s;
    header.paint(canvas, m_committee);

    ReportTable fields({{u"Mục"_s, 28}, {u"Nội dung"_s, 72}}, 13);
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.addRow({label, value});
    };
    add(u"Tên việc"_s, m_task.title);
    add(m_task.kind == TaskKind::Collective ? u"Tập thể đăng ký"_s : u"Cá nhân đăng ký"_s, ReportText::owner(m_task));
    add(u"Đơn vị chủ trì"_s, m_task.unitNameAtRegistration);
    add(u"Thời gian thực hiện"_s, m_task.isMultiYear() ? u"%1–%2"_s.arg(m_task.year).arg(m_task.lastYear())
                                                        : QString::number(m_task.year));
    add(u"Nội dung"_s, m_task.content);
    add(u"Mục tiêu"_s, m_task.objective);
    add(u"Kết quả cần đạt"_s, m_task.expectedResult);
    add(u"Giải pháp"_s, m_task.solutions);
    add(u"Thời hạn"_s, m_task.deadline.isValid() ? m_task.deadline.toString(u"dd/MM/yyyy"_s) : QString());
    add(u"Tính chất"_s, VietnameseTerms::word(m_task.nature));
    add(u"Lĩnh vực"_s, m_fieldName);
    add(u"Tình trạng"_s, VietnameseTerms::word(m_task.status));
    add(u"Kết quả đánh giá"_s, m_task.rating ? VietnameseTerms::word(*m_task.rating) : QString());
    add(u"Điểm đánh giá"_s, m_task.score ? u"%1 điểm"_s.arg(*m_task.score) : QString());
    add(u"Nhận xét"_s, m_task.assessment);
    fields.paint(canvas);
    paintSchedule(canvas);
    const qreal signatures = signaturesHeight(canvas);
    paintDecisions(canvas, m_attachments.isEmpty() ? signatures : 0);
    paintAttachments(canvas, signatures);
    paintSignatures(canvas);
}

void TaskSheet::setAttachments(const QList<Attachment> &attachments)
{
    m_attachments.clear();
    for (const Attachment &attachment : attachments) {
        if (!attachment.isRemoved())
            m_attachments << attachment;
    }
}

void TaskSheet::paintSchedule(DocumentCanvas &canvas) const
{
    if (m_workItems.isEmpty())
        return;
    canvas.advance(canvas.mm(3));
    ReportTable schedule({{u"STT"_s, 7, Qt::AlignHCenter}, {u"Đầu việc"_s, 57}, {u"Hạn hoàn thành"_s, 18, Qt::AlignHCenter},
                          {u"Đã xong ngày"_s, 18, Qt::AlignHCenter}},
                         12);
    int number = 0;
    for (const WorkItem &item : m_workItems)
        schedule.addRow({QString::number(++number), item.title, item.dueOn.toString(u"dd/MM/yyyy"_s),
                         item.doneOn.toString(u"dd/MM/yyyy"_s)});
    schedule.paintUnder(canvas, u"LỘ TRÌNH THỰC HIỆN"_s);
}

void TaskSheet::paintDecisions(DocumentCanvas &canvas, qreal keepWithEnd) const
{
    const QString heading = u"QUÁ TRÌNH XEM XÉT, QUYẾT ĐỊNH"_s;
    canvas.advance(canvas.mm(3));
    if (m_decisions.isEmpty()) {
        const QFont headingFont = canvas.font(14, true);
        const QFont noneFont = canvas.font(13, false, true);
        const QString none = u"Chưa có quyết định."_s;
        canvas.ensureSpace(canvas.textHeight(heading, headingFont, canvas.area().width()) + canvas.mm(2)
                           + canvas.textHeight(none, noneFont, canvas.area().width()) + keepWithEnd);
        canvas.paragraph(heading, headingFont, Qt::AlignLeft, 0, canvas.mm(2));
        canvas.paragraph(none, noneFont, Qt::AlignLeft);
        return;
    }
    ReportTable history({{u"Ngày"_s, 14, Qt::AlignHCenter}, {u"Quyết định"_s, 16}, {u"Số, ký hiệu"_s, 18},
                         {u"Người quyết định"_s, 22}, {u"Lý do"_s, 30}},
                        12);
    for (const Decision &decision : m_decisions) {
        const QString kind = decision.lateAmendment ? VietnameseTerms::word(decision.kind) + u" (sửa đổi sau khóa sổ)"_s
                                                    : VietnameseTerms::word(decision.kind);
        history.addRow({decision.decidedOn.toString(u"dd/MM/yyyy"_s), kind, decision.number,
                        decision.reviewerName, decision.reason});
    }
    history.setKeepWithEnd(keepWithEnd);
    history.paintUnder(canvas, heading);   // the heading stands on the page of the first row
}

void TaskSheet::paintAttachments(DocumentCanvas &canvas, qreal keepWithEnd) const
{
    if (m_attachments.isEmpty())
        return;
    canvas.advance(canvas.mm(3));
    ReportTable files({{u"STT"_s, 7, Qt::AlignHCenter}, {u"Tên tệp"_s, 39}, {u"Dung lượng"_s, 13, Qt::AlignRight},
                       {u"Ngày đính kèm"_s, 15, Qt::AlignHCenter}, {u"Mã SHA-256 (đầu)"_s, 26}},
                      12);
    int number = 0;
    for (const Attachment &attachment : m_attachments)
        files.addRow({QString::number(++number), attachment.fileName, VietnameseTerms::fileSize(attachment.sizeBytes),
                      attachment.createdAt.toLocalTime().toString(u"dd/MM/yyyy"_s), attachment.sha256.left(16)});
    files.setKeepWithEnd(keepWithEnd);
    files.paintUnder(canvas, u"TÀI LIỆU, MINH CHỨNG KÈM THEO"_s);
}

qreal TaskSheet::signaturesHeight(DocumentCanvas &canvas)
{
    return canvas.mm(40);
}

// On the right whoever registered signs (the person, or for a collective task whoever speaks
// for it); on the left the committee's office confirms receiving it.
void TaskSheet::paintSignatures(DocumentCanvas &canvas) const
{
    canvas.ensureSpace(signaturesHeight(canvas));
    QPainter &painter = canvas.painter();
    const qreal half = canvas.area().width() / 2;
    const qreal top = canvas.y() + canvas.mm(8);
    const QString registrant =
        m_task.kind == TaskKind::Individual ? u"NGƯỜI ĐĂNG KÝ"_s : u"ĐẠI DIỆN TẬP THỂ ĐĂNG KÝ"_s;
    for (const auto &[left, title] : {std::pair{qreal(0), u"XÁC NHẬN CỦA VĂN PHÒNG CẤP ỦY"_s}, std::pair{half, registrant}}) {
        painter.setFont(canvas.font(13, true));
        painter.drawText(QRectF(left, top, half, canvas.mm(7)), Qt::AlignHCenter, title);
        painter.setFont(canvas.font(12, false, true));
        painter.drawText(QRectF(left, top + canvas.mm(7), half, canvas.mm(6)), Qt::AlignHCenter, u"(Ký, ghi rõ họ tên)"_s);
    }
    if (m_task.kind == TaskKind::Individual) {
        painter.setFont(canvas.font(13, true));
        painter.drawText(QRectF(half, top + canvas.mm(30), half, canvas.mm(7)), Qt::AlignHCenter,
                         m_task.personNameAtRegistration);
    }
    canvas.advance(signaturesHeight(canvas));
}

} // namespace dotpha
