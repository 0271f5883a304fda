// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace Tessera {

// A set of account rows out of a universe of n rows, held as a sorted list
// while sparse and as a bitset once dense, whichever is smaller. Rule items,
// rules and territories are all row sets; filters combine them word by word.
class RowSet
{
public:
    RowSet() = default;
    static RowSet none(std::size_t universe);
    static RowSet all(std::size_t universe);
    // rows must be sorted and unique.
    static RowSet fromSorted(std::vector<std::uint32_t> rows, std::size_t universe);
    // Any order, duplicates allowed.
    static RowSet fromUnsorted(std::vector<std::uint32_t> rows, std::size_t universe);
    static RowSet fromBits(std::vector<std::uint64_t> words, std::size_t universe);
    // One set per bucket from each row's bucket (-1: none), in one pass; the
    // universe is the number of rows. Buckets without rows get an empty set.
    static std::vector<RowSet> partition(std::span<const std::int32_t> bucketOf,
                                         std::size_t buckets);

    std::size_t universe() const { return m_universe; }
    std::size_t count() const;
    bool empty() const { return count() == 0; }
    bool isDense() const { return m_dense; }
    bool contains(std::uint32_t row) const;

    template<typename F>
    void forEach(F &&f) const
    {
        if (!m_dense) {
            for (std::uint32_t r : m_rows)
                f(r);
            return;
        }
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t bits = m_words[w];
            while (bits) {
                const int b = __builtin_ctzll(bits);
                f(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(b)));
                bits &= bits - 1;
            }
        }
    }
    std::vector<std::uint32_t> toVector() const;

    RowSet operator&(const RowSet &o) const;
    RowSet operator|(const RowSet &o) const;
    RowSet minus(const RowSet &o) const;
    RowSet complement() const;
    bool operator==(const RowSet &o) const;

private:
    void normalise(); // picks the smaller representation
    std::vector<std::uint64_t> bits() const;

    std::size_t m_universe = 0;
    bool m_dense = false;
    std::vector<std::uint32_t> m_rows;  // when sparse
    std::vector<std::uint64_t> m_words; // when dense
    mutable std::int64_t m_count = -1;  // cached for dense sets
};

} // namespace Tessera
