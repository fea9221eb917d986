#pragma once

#include "ReportData.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// Gathers a year's report data from the repositories.
class ReportDataService
{
    Q_DECLARE_TR_FUNCTIONS(ReportDataService)

public:
    explicit ReportDataService(Repositories &repositories) : m_repositories(repositories) {}

    Result<ReportData> collect(int year);

private:
    Repositories &m_repositories;
};

} // namespace dotpha
