#include "RegistrationList.h"

#include "DocumentCanvas.h"
#include "PartyDocumentHeader.h"
#include "ReportTable.h"
#include "ReportText.h"
#include "SignatureBlock.h"
#include "VietnameseTerms.h"

using namespace Qt::StringLiterals;

namespace dotpha {

QString RegistrationList::title() const
{
    return u"Danh sách đăng ký việc đột phá, đổi mới năm %1"_s.arg(m_data.summary.figures.year);
}

ReportTable RegistrationList::table() const
{
    ReportTable table({{u"STT"_s, 5.5, Qt::AlignHCenter},
                       {u"Tên việc"_s, 20},
                       {u"Đơn vị, cá nhân (chức vụ)"_s, 14},
                       {u"Nội dung"_s, 19},
                       {u"Kết quả cần đạt"_s, 14},
                       {u"Thời hạn"_s, 11, Qt::AlignHCenter},
                       {u"Tính chất"_s, 9},
                       {u"Tình trạng"_s, 9}},
                      10);
    int row = 0;
    for (const TaskKind kind : {TaskKind::Collective, TaskKind::Individual}) {
        QList<const Task *> tasks;
        for (const Task &task : m_data.tasks) {
            if (task.kind == kind && task.status != TaskStatus::Rejected)   // the list of what stands registered
                tasks << &task;
        }
        if (tasks.isEmpty())
            continue;
        table.addGroup(kind == TaskKind::Collective ? u"VIỆC CỦA TẬP THỂ"_s : u"VIỆC CỦA CÁ NHÂN"_s);
        for (const Task *task : tasks) {
            table.addRow({QString::number(++row), task->title, ReportText::owner(*task), task->content,
                          task->expectedResult.isEmpty() ? task->objective : task->expectedResult,
                          task->deadline.isValid() ? task->deadline.toString(u"dd/MM/yyyy"_s) : QString(),
                          VietnameseTerms::word(task->nature), VietnameseTerms::word(task->status)});
        }
        table.addSubtotal({QString(), u"Cộng: %1 việc"_s.arg(tasks.size())});
    }
    return table;
}

void RegistrationList::paint(DocumentCanvas &canvas) const
{
    PartyDocumentHeader header;
    header.documentType = u"DANH SÁCH"_s;
    header.subject = u"đăng ký việc đột phá, đổi mới năm %1"_s.arg(m_data.summary.figures.year);
    header.symbolPrefix = u"DS"_s;
    header.number = m_data.number;
    header.date = m_data.date;
    header.paint(canvas, m_data.committee);
    SignatureBlock closing;
    closing.signerPosition = m_data.signerPosition;
    closing.signerName = m_data.signerName;
    closing.recipients = {u"Ban Thường vụ cấp ủy cấp trên (để báo cáo)"_s, u"Các cơ quan, đơn vị, cá nhân đăng ký"_s,
                          u"Lưu Văn phòng"_s};
    ReportTable registrations = table();
    registrations.setKeepWithEnd(closing.height(canvas));
    registrations.paint(canvas);
    closing.paint(canvas);
}

} // namespace dotpha
