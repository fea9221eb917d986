#pragma once

#include "CommitteeSettings.h"
#include "Result.h"

#include <optional>

namespace dotpha {

// The one settings record of a database; absent until the database is set up.
class CommitteeSettingsRepository
{
public:
    virtual ~CommitteeSettingsRepository() = default;
    virtual Result<std::optional<CommitteeSettings>> load() = 0;
    // Creates the record when there is none; otherwise a versioned update. Returns the new version.
    virtual Result<int> save(const CommitteeSettings &settings) = 0;
};

} // namespace dotpha
