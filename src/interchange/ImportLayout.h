#pragma once

#include "RegistrationColumns.h"

#include <QHash>
#include <QStringList>

namespace dotpha {

// Where a registration sheet keeps what: the row of its headers and the spreadsheet column of each
// of our columns, as the headers say or as the user mapped them.
struct ImportLayout
{
    int headerRow = -1;   // from 0; -1 when the user mapped the columns of a sheet without headers
    QHash<RegistrationColumns::Column, int> columns;
    QStringList unrecognisedHeaders;
};

} // namespace dotpha
