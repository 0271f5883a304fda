// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace Tessera {

// SplitMix64: a small generator that gives the same numbers on every
// platform, unlike the std distributions, so that an optimizer run is
// repeatable for a seed. `salt` keeps the streams of different users of one
// seed apart.
class SplitMix
{
public:
    SplitMix(std::uint64_t seed, std::uint64_t salt)
        : m_state(seed * 0x9E3779B97F4A7C15ull + salt)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n), n > 0.
    std::size_t below(std::size_t n) { return std::size_t(next() % n); }

private:
    std::uint64_t m_state;
};

} // namespace Tessera
