#pragma once

#include "EnumCodes.h"

namespace dotpha {

// What a signed-in user may do. Each role includes nothing of the others implicitly.
enum class UserRole {
    Clerk,
    Reviewer,
    Administrator,
};

template <>
struct EnumCodeTable<UserRole>
{
    static constexpr CodeEntries<UserRole, 3> entries{{
        {UserRole::Clerk, u"clerk"},
        {UserRole::Reviewer, u"reviewer"},
        {UserRole::Administrator, u"administrator"},
    }};
};

} // namespace dotpha
