#pragma once

#include "PrintableDocument.h"
#include "ReportData.h"

namespace dotpha {

class ReportTable;

// "DANH SÁCH đăng ký việc đột phá, đổi mới năm Y": the registrations the Standing Committee
// reviews, grouped like the year-end report, with content, expected result, deadline, nature and
// where each stands in review.
class RegistrationList : public PrintableDocument
{
public:
    explicit RegistrationList(ReportData data) : m_data(std::move(data)) {}

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_data.committee; }
    void paint(DocumentCanvas &canvas) const override;
    ReportTable table() const;

private:
    ReportData m_data;
};

} // namespace dotpha
