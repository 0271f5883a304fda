// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.Geometry as a whole. Its envelope of multi-geometries (used inside
// union_ and is_valid) trips GCC 12's -Wmaybe-uninitialized; the warning is
// in the library's code, so it is silenced for its headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#pragma GCC diagnostic pop
