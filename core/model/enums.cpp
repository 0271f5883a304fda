// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/territory.h"
#include "core/model/territorymodel.h"

#include <array>
#include <utility>

namespace Tessera {

namespace {
constexpr std::array<std::pair<ModelState, const char16_t *>, 3> StateNames{{
    {ModelState::Planning, u"Planning"},
    {ModelState::Active, u"Active"},
    {ModelState::Archived, u"Archived"},
}};
constexpr std::array<std::pair<AccessLevel, const char16_t *>, 4> AccessNames{{
    {AccessLevel::None, u"None"},
    {AccessLevel::Read, u"Read"},
    {AccessLevel::Edit, u"Edit"},
    {AccessLevel::All, u"All"},
}};

template<typename E, std::size_t N>
bool lookup(const std::array<std::pair<E, const char16_t *>, N> &table, QStringView name, E *out)
{
    for (const auto &[value, text] : table) {
        if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0) {
            *out = value;
            return true;
        }
    }
    return false;
}
} // namespace

QString modelStateName(ModelState state)
{
    return QString::fromUtf16(StateNames[static_cast<std::size_t>(state)].second);
}

bool modelStateFromName(QStringView name, ModelState *out)
{
    return lookup(StateNames, name, out);
}

QString accessLevelName(AccessLevel level)
{
    return QString::fromUtf16(AccessNames[static_cast<std::size_t>(level)].second);
}

bool accessLevelFromName(QStringView name, AccessLevel *out)
{
    return lookup(AccessNames, name, out);
}

} // namespace Tessera
