#pragma once

#include "RegistrationImporter.h"

#include <QCoreApplication>

namespace dotpha {

// The import's --map "COLUMN:VALUE=OURS" options (repeatable): in the column headed COLUMN, the
// file's VALUE means our word OURS. "Tính chất:Trọng tâm=Đột phá".
class CliValueMapping
{
    Q_DECLARE_TR_FUNCTIONS(CliValueMapping)

public:
    // The mapping, or what is wrong with an option.
    static Result<RegistrationImporter::ValueMapping> parse(const QStringList &options);
};

} // namespace dotpha
