#include "CliExit.h"

namespace dotpha {

int CliExit::failWith(QTextStream &err, const Error &error)
{
    err << error.message() << Qt::endl;
    if (!error.detail().isEmpty() && qEnvironmentVariableIsSet("DOTPHA_DEBUG"))
        err << error.detail() << Qt::endl;
    return DataProblem;
}

} // namespace dotpha
