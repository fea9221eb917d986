#pragma once

#include "PrintableDocument.h"
#include "ReportData.h"
#include "ScoreDistribution.h"
#include "YearEndResults.h"

namespace dotpha {

class ReportTable;

// "BÁO CÁO kết quả thực hiện việc đột phá, đổi mới năm Y": the Party document header, the summary
// sentence and figures with charts, the approved tasks (the year's results: YearEndResults) grouped
// by collective or individual and by the kind of owner with subtotals, the registrations not
// approved apart with their status, and the signature block.
class YearEndReport : public PrintableDocument
{
public:
    explicit YearEndReport(ReportData data)
        : m_data(std::move(data))
        , m_results(m_data.tasks)
        , m_scores(m_results.approved(), m_data.committee.scoreThresholds)
    {
    }

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_data.committee; }
    std::optional<AuditHead> seal() const override { return m_data.auditHead; }
    void paint(DocumentCanvas &canvas) const override;

    // The approved tasks' table, built apart so that tests and benchmarks can count its rows.
    ReportTable taskTable() const;
    // The registrations not approved, each with its status.
    ReportTable notApprovedTable() const;
    // Each unit's score, the average of its collective tasks' scores.
    ReportTable unitScoreTable() const;
    // How the tasks scored, in the report's words; empty when none has a score.
    QString scoreSentence() const;

private:
    void paintFigures(DocumentCanvas &canvas) const;

    ReportData m_data;
    YearEndResults m_results;
    ScoreDistribution m_scores;
};

} // namespace dotpha
