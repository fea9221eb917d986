#pragma once

#include <QCoreApplication>

namespace dotpha {

// Names and values of stored columns as the user reads them, for the audit trail and the
// comparison of a registration with its approved form: "expected_result" is "Expected result",
// a status code "approved" is "Approved", an ISO date is 31/12/2021.
class ColumnNames
{
    Q_DECLARE_TR_FUNCTIONS(ColumnNames)

public:
    // The kind of record a table holds ("task", "unit"...), translated.
    static QString entity(const QString &table);
    // The column's label; the column name itself when it has none.
    static QString label(const QString &column);
    // The stored text of a value made readable: enum codes named, ISO dates in day/month/year.
    static QString value(const QString &column, const QString &stored);
};

} // namespace dotpha
