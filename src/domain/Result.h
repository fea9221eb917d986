#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace dotpha {

// Either a value or an Error: how every fallible call in the domain, storage and services layers
// reports failure. Accessing value() of a failed result is a programming error (asserted).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { Q_ASSERT(ok()); return std::get<T>(m_state); }
    T &value() & { Q_ASSERT(ok()); return std::get<T>(m_state); }
    // On a temporary, by value: `for (auto &x : *repository.all())` must not dangle.
    T value() && { Q_ASSERT(ok()); return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { Q_ASSERT(!ok()); return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(!ok()); return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace dotpha
