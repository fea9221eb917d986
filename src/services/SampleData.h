#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// Sample data from the 2021 newspaper report on Yên Sơn district (Tuyên Quang): its committee, the
// units and leaders it names, their 2021 tasks and the figures it quotes. Nobody is invented: a
// leader the article does not name is left out. Everything is marked as sample data.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    static constexpr int Year = 2021;
    // Loads the sample into a database that has no tasks yet; all or nothing.
    static Status load(Repositories &repositories);
};

} // namespace dotpha
