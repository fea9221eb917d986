#pragma once

#include "Error.h"

#include <functional>

namespace dotpha {

// What an undo command tells the interface: a failure to show (someone else saved first, the file
// is read-only, ...), and that its records changed so that lists can be reloaded.
struct CommandFeedback
{
    std::function<void(const Error &)> failed;
    std::function<void()> changed;

    void reportFailure(const Error &error) const
    {
        if (failed)
            failed(error);
    }
    void reportChange() const
    {
        if (changed)
            changed();
    }
};

} // namespace dotpha
