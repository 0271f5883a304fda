// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/rules/rowset.h"

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace Tessera {

// Text folded for case-insensitive matching: ASCII lowered fast, anything
// else through Unicode case folding. Compare folded strings byte-wise.
std::string foldText(std::string_view utf8);

// Search structures over the columns of an account table, built for a field
// the first time a rule needs it. The store must outlive the index and stay
// unchanged while the index is used (rebuild the index after an import).
class AccountIndex
{
public:
    explicit AccountIndex(const AccountStore &store);
    ~AccountIndex();

    const AccountStore &store() const { return m_store; }
    std::size_t rowCount() const { return m_store.rowCount(); }

    // A dictionary column: folded value per code, codes in folded order, and
    // the rows of each code.
    struct Dictionary
    {
        std::vector<std::string> folded;
        std::vector<std::uint32_t> sortedCodes;
        std::vector<std::uint32_t> postingStart; // codes + 1 entries
        std::vector<std::uint32_t> postings;     // rows grouped by code, ascending

        std::size_t rowsOf(std::uint32_t code) const
        {
            return postingStart[code + 1] - postingStart[code];
        }
        RowSet rowsOfCodes(const std::vector<std::uint32_t> &codes, std::size_t universe) const;
    };

    // A numeric, date or boolean column: rows with a value sorted by it, and
    // the rows without one.
    struct Order
    {
        std::vector<double> values;
        std::vector<std::uint32_t> rows;
        std::vector<std::uint32_t> blankRows;
    };

    const Dictionary &dictionary(int field) const;
    const Order &order(int field) const;
    // Builds what the given fields need, several at once on worker threads.
    void prepare(const std::vector<int> &fields) const;

private:
    struct Slot;
    void ensure(int field) const;
    const AccountStore &m_store;
    std::vector<std::unique_ptr<Slot>> m_slots;
};

} // namespace Tessera
