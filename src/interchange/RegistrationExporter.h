#pragma once

#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

// Exports a year's tasks, or a blank registration template, as XLSX or CSV (chosen by the file's
// extension) with the columns of RegistrationColumns.
class RegistrationExporter
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationExporter)

public:
    explicit RegistrationExporter(Repositories &repositories) : m_repositories(repositories) {}

    // How many tasks were written.
    Result<int> exportYear(int year, const QString &path);
    Status exportTemplate(const QString &path);

private:
    static Status write(const QString &path, const QList<QVariantList> &rows);

    Repositories &m_repositories;
};

} // namespace dotpha
