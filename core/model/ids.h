// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace Tessera {

// Stable integer ids: entities refer to each other by id, never by pointer,
// so references survive save, load and undo. 0 means "none".
using Id = std::int64_t;
constexpr Id NoId = 0;

} // namespace Tessera
