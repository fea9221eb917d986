#pragma once

#include "ProgressNoteRepository.h"
#include "SqlTable.h"

#include <QCoreApplication>

namespace dotpha {

class SqlProgressNoteRepository final : public ProgressNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlProgressNoteRepository)

public:
    explicit SqlProgressNoteRepository(SqlConnection &database);

    Result<qint64> add(const ProgressNote &note) override;
    Result<int> update(const ProgressNote &note) override;
    Status remove(qint64 id, int version) override;
    Result<QList<ProgressNote>> ofTask(qint64 taskId) override;
    Result<QList<ProgressNote>> ofYearUpTo(int year, const QDate &day) override;

private:
    SqlTable m_table;
};

} // namespace dotpha
