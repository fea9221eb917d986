#pragma once

#include "Error.h"

#include <QTextStream>

namespace dotpha {

// How every command of dotpha-cli ends: its exit code, and an error written the one way.
namespace CliExit {

enum Code { Done = 0, DataProblem = 1, Usage = 2 };

// Writes the error's message (and its technical detail when DOTPHA_DEBUG is set) to err.
int failWith(QTextStream &err, const Error &error);

} // namespace CliExit

} // namespace dotpha
