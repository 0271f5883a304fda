// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/rowset.h"

#include <algorithm>
#include <bit>
#include <iterator>

namespace Tessera {

namespace {
std::size_t wordCount(std::size_t universe)
{
    return (universe + 63) / 64;
}
// Past this many rows a bitset is smaller than a list of 32-bit rows.
std::size_t denseThreshold(std::size_t universe)
{
    return universe / 32;
}
} // namespace

RowSet RowSet::none(std::size_t universe)
{
    RowSet s;
    s.m_universe = universe;
    return s;
}

RowSet RowSet::all(std::size_t universe)
{
    std::vector<std::uint64_t> words(wordCount(universe), ~0ull);
    if (universe % 64)
        words.back() = (1ull << (universe % 64)) - 1;
    return fromBits(std::move(words), universe);
}

RowSet RowSet::fromSorted(std::vector<std::uint32_t> rows, std::size_t universe)
{
    RowSet s;
    s.m_universe = universe;
    s.m_rows = std::move(rows);
    s.normalise();
    return s;
}

RowSet RowSet::fromUnsorted(std::vector<std::uint32_t> rows, std::size_t universe)
{
    // Past a few thousand rows, marking bits and reading them back in order
    // beats sorting: linear in the universe's words rather than n log n.
    if (rows.size() > universe / 256) {
        std::vector<std::uint64_t> words(wordCount(universe), 0);
        for (std::uint32_t r : rows)
            words[r >> 6] |= 1ull << (r & 63);
        return fromBits(std::move(words), universe);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return fromSorted(std::move(rows), universe);
}

RowSet RowSet::fromBits(std::vector<std::uint64_t> words, std::size_t universe)
{
    RowSet s;
    s.m_universe = universe;
    s.m_dense = true;
    s.m_words = std::move(words);
    s.m_words.resize(wordCount(universe), 0);
    s.normalise();
    return s;
}

std::size_t RowSet::count() const
{
    if (!m_dense)
        return m_rows.size();
    if (m_count < 0) {
        std::size_t n = 0;
        for (std::uint64_t w : m_words)
            n += static_cast<std::size_t>(std::popcount(w));
        m_count = static_cast<std::int64_t>(n);
    }
    return static_cast<std::size_t>(m_count);
}

bool RowSet::contains(std::uint32_t row) const
{
    if (row >= m_universe)
        return false;
    if (m_dense)
        return (m_words[row >> 6] >> (row & 63)) & 1u;
    return std::binary_search(m_rows.begin(), m_rows.end(), row);
}

std::vector<std::uint32_t> RowSet::toVector() const
{
    if (!m_dense)
        return m_rows;
    std::vector<std::uint32_t> out;
    out.reserve(count());
    forEach([&](std::uint32_t r) { out.push_back(r); });
    return out;
}

std::vector<std::uint64_t> RowSet::bits() const
{
    if (m_dense)
        return m_words;
    std::vector<std::uint64_t> words(wordCount(m_universe), 0);
    for (std::uint32_t r : m_rows)
        words[r >> 6] |= 1ull << (r & 63);
    return words;
}

void RowSet::normalise()
{
    m_count = -1;
    if (m_dense) {
        if (count() <= denseThreshold(m_universe)) {
            std::vector<std::uint32_t> rows;
            rows.reserve(count());
            forEach([&](std::uint32_t r) { rows.push_back(r); });
            m_rows = std::move(rows);
            m_words.clear();
            m_words.shrink_to_fit();
            m_dense = false;
        }
    } else if (m_rows.size() > denseThreshold(m_universe)) {
        m_words = bits();
        m_rows.clear();
        m_rows.shrink_to_fit();
        m_dense = true;
    }
}

RowSet RowSet::operator&(const RowSet &o) const
{
    if (!m_dense && !o.m_dense) {
        std::vector<std::uint32_t> out;
        std::set_intersection(m_rows.begin(), m_rows.end(), o.m_rows.begin(), o.m_rows.end(),
                              std::back_inserter(out));
        return fromSorted(std::move(out), m_universe);
    }
    if (!m_dense || !o.m_dense) {
        const RowSet &sparse = m_dense ? o : *this;
        const RowSet &dense = m_dense ? *this : o;
        std::vector<std::uint32_t> out;
        for (std::uint32_t r : sparse.m_rows) {
            if (dense.contains(r))
                out.push_back(r);
        }
        return fromSorted(std::move(out), m_universe);
    }
    std::vector<std::uint64_t> words(m_words.size());
    for (std::size_t i = 0; i < words.size(); ++i)
        words[i] = m_words[i] & o.m_words[i];
    return fromBits(std::move(words), m_universe);
}

RowSet RowSet::operator|(const RowSet &o) const
{
    if (!m_dense && !o.m_dense && m_rows.size() + o.m_rows.size() <= denseThreshold(m_universe)) {
        std::vector<std::uint32_t> out;
        out.reserve(m_rows.size() + o.m_rows.size());
        std::set_union(m_rows.begin(), m_rows.end(), o.m_rows.begin(), o.m_rows.end(),
                       std::back_inserter(out));
        return fromSorted(std::move(out), m_universe);
    }
    std::vector<std::uint64_t> words = bits();
    if (o.m_dense) {
        for (std::size_t i = 0; i < words.size(); ++i)
            words[i] |= o.m_words[i];
    } else {
        for (std::uint32_t r : o.m_rows)
            words[r >> 6] |= 1ull << (r & 63);
    }
    return fromBits(std::move(words), m_universe);
}

RowSet RowSet::minus(const RowSet &o) const
{
    if (o.empty())
        return *this;
    if (!m_dense) {
        std::vector<std::uint32_t> out;
        for (std::uint32_t r : m_rows) {
            if (!o.contains(r))
                out.push_back(r);
        }
        return fromSorted(std::move(out), m_universe);
    }
    std::vector<std::uint64_t> words = m_words;
    if (o.m_dense) {
        for (std::size_t i = 0; i < words.size(); ++i)
            words[i] &= ~o.m_words[i];
    } else {
        for (std::uint32_t r : o.m_rows)
            words[r >> 6] &= ~(1ull << (r & 63));
    }
    return fromBits(std::move(words), m_universe);
}

RowSet RowSet::complement() const
{
    return all(m_universe).minus(*this);
}

bool RowSet::operator==(const RowSet &o) const
{
    if (m_universe != o.m_universe || count() != o.count())
        return false;
    if (m_dense == o.m_dense)
        return m_dense ? m_words == o.m_words : m_rows == o.m_rows;
    return bits() == o.bits();
}

std::vector<RowSet> RowSet::partition(std::span<const std::int32_t> bucketOf, std::size_t buckets)
{
    const std::size_t n = bucketOf.size();
    std::vector<std::uint32_t> start(buckets + 1, 0);
    for (std::int32_t b : bucketOf) {
        if (b >= 0 && std::size_t(b) < buckets)
            ++start[std::size_t(b) + 1];
    }
    for (std::size_t i = 1; i <= buckets; ++i)
        start[i] += start[i - 1];
    std::vector<std::uint32_t> rows(start[buckets]);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int32_t b = bucketOf[r];
        if (b >= 0 && std::size_t(b) < buckets)
            rows[next[std::size_t(b)]++] = std::uint32_t(r);
    }
    std::vector<RowSet> out(buckets);
    for (std::size_t b = 0; b < buckets; ++b)
        out[b] = RowSet::fromSorted(
            std::vector<std::uint32_t>(rows.begin() + start[b], rows.begin() + start[b + 1]), n);
    return out;
}

} // namespace Tessera
