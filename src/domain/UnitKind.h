#pragma once

#include "EnumCodes.h"

namespace dotpha {

// Kind of a unit that owns collective tasks. Kept on each task as it was at registration, so that
// a unit merged or renamed later still counts under its old kind in past years' figures.
enum class UnitKind {
    Agency,
    Commune,
    Ward,
    Township,
    SpecialZone,
    PartyOrganisation,
    Other,
};

template <>
struct EnumCodeTable<UnitKind>
{
    static constexpr CodeEntries<UnitKind, 7> entries{{
        {UnitKind::Agency, u"agency"},
        {UnitKind::Commune, u"commune"},
        {UnitKind::Ward, u"ward"},
        {UnitKind::Township, u"township"},
        {UnitKind::SpecialZone, u"special_zone"},
        {UnitKind::PartyOrganisation, u"party_organisation"},
        {UnitKind::Other, u"other"},
    }};
};

} // namespace dotpha
