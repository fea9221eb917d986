#include "MemoryBudget.h"

namespace dotpha {

namespace {

// Qt's array header, and the 16-byte granularity of glibc's and Windows' allocators.
constexpr qint64 HeaderBytes = 32;

qint64 roundedUp(qint64 bytes)
{
    return (bytes + 15) & ~qint64(15);
}

} // namespace

qint64 MemoryBudget::textBytes(qsizetype characters)
{
    return characters == 0 ? 0 : HeaderBytes + roundedUp(2 * (qint64(characters) + 1));
}

qint64 MemoryBudget::rowBytes(qsizetype capacity)
{
    return Slot + (capacity == 0 ? 0 : HeaderBytes + roundedUp(qint64(capacity) * Slot));
}

} // namespace dotpha
