#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dotpha {

// Turns what the SQLite driver reports into an Error the user can act on. The driver's own text
// goes into Error::detail().
class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)

public:
    static Error from(const QSqlError &error);
    static Error readOnly();
    static Error conflict(const QString &recordNoun);
    static Error notFound(const QString &recordNoun);
};

} // namespace dotpha
