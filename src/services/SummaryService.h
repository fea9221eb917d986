#pragma once

#include "Repositories.h"
#include "Result.h"
#include "YearSummary.h"

#include <QJsonObject>

namespace dotpha {

// A year's summary: its figures, counted by the database, and the sentence that reports them.
class SummaryService
{
public:
    explicit SummaryService(Repositories &repositories) : m_repositories(repositories) {}

    Result<YearSummary> summaryOf(int year);
    // The summary as JSON; keys are documented in docs/schema.md.
    static QJsonObject toJson(const YearSummary &summary);

private:
    Repositories &m_repositories;
};

} // namespace dotpha
