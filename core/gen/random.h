// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <utility>

namespace Tessera::Gen {

// xoshiro256** seeded through splitmix64, with its own distributions: the
// standard library's distributions differ between implementations, and a
// seed must give the same workspace everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &s : m_s)
            s = splitMix(seed);
    }

    // An independent stream for a numbered part of the work, so parts can be
    // generated in any order (or in parallel) and still give the same data.
    Random fork(std::uint64_t stream) const
    {
        return Random(m_s[0] ^ (stream * 0x9e3779b97f4a7c15ull) ^ (m_s[3] << 1));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n), n > 0, by multiply-high (bias below 2^-32 for our n).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    int between(int lo, int hi) // inclusive
    {
        return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
    }
    bool chance(double p) { return uniform() < p; }

    // Standard normal by Box-Muller (one value per call keeps the state simple).
    double normal()
    {
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Two independent standard normals (Marsaglia's polar method): half the
    // cost per value of normal(), for the hot loops.
    std::pair<double, double> normalPair()
    {
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        return {u * f, v * f};
    }
    // exp(N(mu, sigma)): the median is exp(mu).
    double logNormal(double mu, double sigma) { return std::exp(normal(mu, sigma)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

} // namespace Tessera::Gen
