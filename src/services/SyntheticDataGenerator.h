#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

namespace dotpha {

// Realistic made-up data at any scale, for benchmarks and tests: Vietnamese-looking units, leaders
// and task titles spread over five years, in roughly the proportions of a district's registers
// (about a third collective, most approved, earlier years rated). The same seed gives the same data.
class SyntheticDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDataGenerator)

public:
    static constexpr int FirstYear = 2021;
    static constexpr int Years = 5;

    using Progress = std::function<void(int done, int total)>;

    explicit SyntheticDataGenerator(Repositories &repositories) : m_repositories(repositories) {}

    // Adds taskCount tasks with the units, people and fields they need, in one transaction.
    Status generate(int taskCount, quint32 seed, const Progress &progress = {});

private:
    Repositories &m_repositories;
};

} // namespace dotpha
