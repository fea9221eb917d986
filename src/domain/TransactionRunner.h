#pragma once

#include "Result.h"

#include <functional>

namespace dotpha {

// Runs work as one write transaction: all of it is stored, or (when work fails or throws) none.
// Repository calls made inside join the transaction.
class TransactionRunner
{
public:
    virtual ~TransactionRunner() = default;
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
};

} // namespace dotpha
