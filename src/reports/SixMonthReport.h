#pragma once

#include "PrintableDocument.h"
#include "ReportData.h"
#include "SixMonthReview.h"

namespace dotpha {

class ReportTable;

// "BÁO CÁO sơ kết 6 tháng đầu năm Y thực hiện việc đột phá, đổi mới": the Party document header,
// the review's sentence and a chart of how the approved tasks stood on the day (SixMonthReview),
// the tasks behind schedule or overdue with their latest notes, every approved task's progress as of
// the day grouped by collective or individual, and the signature block.
class SixMonthReport : public PrintableDocument
{
public:
    SixMonthReport(ReportData data, SixMonthReview review) : m_data(std::move(data)), m_review(std::move(review)) {}

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_data.committee; }
    std::optional<AuditHead> seal() const override { return m_data.auditHead; }
    void paint(DocumentCanvas &canvas) const override;

    ReportTable laggingTable() const;
    ReportTable progressTable() const;

private:
    void paintFigures(DocumentCanvas &canvas) const;

    ReportData m_data;
    SixMonthReview m_review;
};

} // namespace dotpha
