// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/accountindex.h"

#include <QString>

#include <algorithm>
#include <numeric>
#include <thread>

namespace Tessera {

std::string foldText(std::string_view utf8)
{
    std::string out(utf8);
    bool ascii = true;
    for (char &c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            ascii = false;
            break;
        }
        if (u >= 'A' && u <= 'Z')
            c = static_cast<char>(u + 32);
    }
    if (ascii)
        return out;
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))
        .toCaseFolded()
        .toStdString();
}

struct AccountIndex::Slot
{
    std::once_flag once;
    std::unique_ptr<Dictionary> dictionary;
    std::unique_ptr<Order> order;
};

AccountIndex::AccountIndex(const AccountStore &store)
    : m_store(store)
{
    m_slots.resize(static_cast<std::size_t>(store.fieldCount()));
    for (auto &slot : m_slots)
        slot = std::make_unique<Slot>();
}

AccountIndex::~AccountIndex() = default;

RowSet AccountIndex::Dictionary::rowsOfCodes(const std::vector<std::uint32_t> &codes,
                                             std::size_t universe) const
{
    std::size_t total = 0;
    for (std::uint32_t c : codes)
        total += rowsOf(c);
    if (codes.size() == 1) // one code's rows are stored in order already
        return RowSet::fromSorted({postings.begin() + postingStart[codes[0]],
                                   postings.begin() + postingStart[codes[0] + 1]},
                                  universe);
    if (total > universe / 32) {
        std::vector<std::uint64_t> words((universe + 63) / 64, 0);
        for (std::uint32_t c : codes) {
            for (std::uint32_t i = postingStart[c]; i < postingStart[c + 1]; ++i)
                words[postings[i] >> 6] |= 1ull << (postings[i] & 63);
        }
        return RowSet::fromBits(std::move(words), universe);
    }
    if (total < 4096) {
        std::vector<std::uint32_t> rows;
        rows.reserve(total);
        for (std::uint32_t c : codes)
            rows.insert(rows.end(), postings.begin() + postingStart[c],
                        postings.begin() + postingStart[c + 1]);
        std::sort(rows.begin(), rows.end());
        return RowSet::fromSorted(std::move(rows), universe);
    }
    // Many codes, a sparse result: mark bits in a per-thread scratch bitset and
    // read back only the words touched, so the cost follows the result's size
    // rather than the table's.
    thread_local std::vector<std::uint64_t> scratch;
    thread_local std::vector<std::uint32_t> touched;
    if (scratch.size() < (universe + 63) / 64)
        scratch.assign((universe + 63) / 64, 0);
    touched.clear();
    for (std::uint32_t c : codes) {
        for (std::uint32_t i = postingStart[c]; i < postingStart[c + 1]; ++i) {
            const std::uint32_t r = postings[i];
            std::uint64_t &w = scratch[r >> 6];
            if (!w)
                touched.push_back(r >> 6);
            w |= 1ull << (r & 63);
        }
    }
    std::sort(touched.begin(), touched.end());
    std::vector<std::uint32_t> rows;
    rows.reserve(total);
    for (std::uint32_t wi : touched) {
        std::uint64_t bits = scratch[wi];
        scratch[wi] = 0;
        while (bits) {
            rows.push_back(wi * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits)));
            bits &= bits - 1;
        }
    }
    return RowSet::fromSorted(std::move(rows), universe);
}

namespace {

std::unique_ptr<AccountIndex::Dictionary> buildDictionary(const DictionaryColumn &col)
{
    auto d = std::make_unique<AccountIndex::Dictionary>();
    const auto &values = col.values();
    d->folded.reserve(values.size());
    for (const std::string &v : values)
        d->folded.push_back(foldText(v));
    d->sortedCodes.resize(values.size());
    std::iota(d->sortedCodes.begin(), d->sortedCodes.end(), 0u);
    std::sort(d->sortedCodes.begin(), d->sortedCodes.end(),
              [&](std::uint32_t a, std::uint32_t b) { return d->folded[a] < d->folded[b]; });
    // Counting sort of rows by code keeps each code's rows ascending.
    d->postingStart.assign(values.size() + 1, 0);
    for (std::uint32_t code : col.codes())
        ++d->postingStart[code + 1];
    for (std::size_t i = 1; i < d->postingStart.size(); ++i)
        d->postingStart[i] += d->postingStart[i - 1];
    d->postings.resize(col.size());
    std::vector<std::uint32_t> next(d->postingStart.begin(), d->postingStart.end() - 1);
    const auto &codes = col.codes();
    for (std::size_t r = 0; r < codes.size(); ++r)
        d->postings[next[codes[r]]++] = static_cast<std::uint32_t>(r);
    return d;
}

template<typename T, typename IsBlank>
std::unique_ptr<AccountIndex::Order> buildOrder(const std::vector<T> &col, IsBlank isBlank)
{
    auto o = std::make_unique<AccountIndex::Order>();
    std::vector<std::uint32_t> rows;
    rows.reserve(col.size());
    for (std::size_t r = 0; r < col.size(); ++r) {
        if (isBlank(col[r]))
            o->blankRows.push_back(static_cast<std::uint32_t>(r));
        else
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    // Sorting (value, row) pairs keeps ties in row order and reads memory in
    // sequence, unlike an indirect sort of row numbers.
    std::vector<std::pair<double, std::uint32_t>> pairs;
    pairs.reserve(rows.size());
    for (std::uint32_t r : rows)
        pairs.emplace_back(static_cast<double>(col[r]), r);
    std::sort(pairs.begin(), pairs.end());
    o->values.reserve(pairs.size());
    rows.clear();
    for (const auto &[value, row] : pairs) {
        o->values.push_back(value);
        rows.push_back(row);
    }
    o->rows = std::move(rows);
    return o;
}

} // namespace

void AccountIndex::ensure(int field) const
{
    Slot &slot = *m_slots[static_cast<std::size_t>(field)];
    std::call_once(slot.once, [&] {
        const Column &col = m_store.column(field);
        if (auto *d = std::get_if<DictionaryColumn>(&col)) {
            slot.dictionary = buildDictionary(*d);
        } else {
            slot.order = std::visit(
                [](const auto &c) -> std::unique_ptr<Order> {
                    using C = std::decay_t<decltype(c)>;
                    if constexpr (std::is_same_v<C, std::vector<double>> ||
                                  std::is_same_v<C, std::vector<float>>)
                        return buildOrder(c, [](auto v) { return std::isnan(v); });
                    else if constexpr (std::is_same_v<C, std::vector<std::int32_t>>)
                        return buildOrder(c, [](std::int32_t v) { return v == NullDay; });
                    else if constexpr (std::is_same_v<C, std::vector<std::int8_t>>)
                        return buildOrder(c, [](std::int8_t v) { return v == NullBool; });
                    else
                        return nullptr;
                },
                col);
        }
    });
}

const AccountIndex::Dictionary &AccountIndex::dictionary(int field) const
{
    ensure(field);
    return *m_slots[static_cast<std::size_t>(field)]->dictionary;
}

const AccountIndex::Order &AccountIndex::order(int field) const
{
    ensure(field);
    return *m_slots[static_cast<std::size_t>(field)]->order;
}

void AccountIndex::prepare(const std::vector<int> &fields) const
{
    std::vector<int> todo;
    for (int f : fields) {
        const ColumnKind kind = static_cast<ColumnKind>(m_store.column(f).index());
        if (kind != ColumnKind::Strings)
            todo.push_back(f);
    }
    std::sort(todo.begin(), todo.end());
    todo.erase(std::unique(todo.begin(), todo.end()), todo.end());
    const unsigned threads = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(),
                                                             static_cast<unsigned>(todo.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (std::size_t i = t; i < todo.size(); i += threads)
                ensure(todo[i]);
        });
    }
    for (std::thread &th : pool)
        th.join();
}

} // namespace Tessera
