#pragma once

#include <QtGlobal>

#include <functional>

namespace dotpha {

// How far storing or reading a file has gone, in bytes of total; returning false cancels it, and
// nothing of it is kept.
using AttachmentProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace dotpha
