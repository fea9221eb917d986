#pragma once

#include "Result.h"

#include <functional>
#include <optional>

namespace dotpha {

// Runs work as one write transaction: all of it is stored, or (when work fails or throws) none.
// Repository calls made inside join the transaction. A rule that decides a write is checked
// inside the transaction that makes it: the transaction holds the write lock, so what the check
// read cannot change before the write commits.
class TransactionRunner
{
public:
    virtual ~TransactionRunner() = default;
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
    // Whether a transaction of this connection is under way (what it reads of its own is not
    // committed yet).
    virtual bool isInTransaction() const = 0;
    // Runs listener after every outermost transaction that commits, from now on (ChangeFeed reads
    // what it wrote); an empty one stops it.
    virtual void setCommitListener(std::function<void()> listener) = 0;
};

// Runs work, which returns a value or an error, as one transaction of runner.
template <typename T, typename Work>
Result<T> inTransaction(TransactionRunner &runner, Work &&work)
{
    std::optional<T> value;
    const Status done = runner.inTransaction([&]() -> Status {
        Result<T> result = work();
        if (!result)
            return result.error();
        value = std::move(result).value();
        return {};
    });
    if (!done)
        return done.error();
    return std::move(*value);
}

} // namespace dotpha
