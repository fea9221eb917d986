#pragma once

#include "ImportPlan.h"
#include "RegistrationColumns.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace dotpha {

// Imports registration spreadsheets (XLSX or CSV). plan() finds the header row (even below title
// rows), maps the columns, reads every row and lists every problem without writing anything;
// execute() then writes the plan's valid rows, and the new units, people and fields it needs, in one
// transaction: all of it or, on any failure, none.
class RegistrationImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationImporter)

public:
    using Mapping = QHash<int, RegistrationColumns::Column>;   // spreadsheet column -> meaning
    using Progress = std::function<bool(int done, int total)>;  // return false to cancel

    explicit RegistrationImporter(Repositories &repositories) : m_repositories(repositories) {}

    static Result<QList<QStringList>> readFile(const QString &path);
    // mapping, when given, overrides what the headers say; headerRow (from 0), when given, is where
    // the headers are instead of where they are found.
    Result<ImportPlan> plan(const QList<QStringList> &table, const Mapping &mapping = {}, int headerRow = -1);
    // How many tasks were imported. Refuses when the plan needs new records and createMissing is false.
    Result<int> execute(const ImportPlan &plan, bool createMissing, const Progress &progress = {});

private:
    Repositories &m_repositories;
};

} // namespace dotpha
