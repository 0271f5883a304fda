// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/model/accountstore.h"
#include "core/util/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace Tessera {

// What the optimizer moves when territories are made of accounts.
enum class PieceKind {
    Zip,     // the accounts of one ZIP code move together
    Account, // every account is a piece
};

struct AccountPieceOptions
{
    PieceKind kind = PieceKind::Zip;
    int workloadField = -1;  // -1: Workload__c when present, else 1 per account
    int potentialField = -1; // -1: Potential__c when present, else AnnualRevenue
    int neighbours = 6;      // of the k-nearest-neighbour adjacency graph
    // Values per account row that take the place of the fields (a model's
    // measures, docs/balance.md); empty: the fields.
    std::vector<double> workloadValues;
    std::vector<double> potentialValues;
};

// Pieces built from accounts, with the accounts that make each piece.
struct AccountPieces
{
    // Positions (lon/lat), metrics workload (0), potential (1) and accounts
    // (2), none constrained yet, and a connected neighbour graph.
    BalanceProblem problem;
    std::vector<QString> labels;         // ZIP code or account id of each piece
    std::vector<std::uint32_t> rowStart; // accounts of piece i: rows[rowStart[i] .. rowStart[i+1])
    std::vector<std::uint32_t> rows;
    std::size_t unplaced = 0; // accounts with neither coordinates nor a known ZIP: left out
    int workloadField = -1;   // the fields the metrics were read from; -1: 1 per account
    int potentialField = -1;  // (workload) or 0 (potential)
    std::vector<double> workloadValues; // or the values given per row (AccountPieceOptions)
    std::vector<double> potentialValues;

    // One account's share of its piece's workload and potential.
    double workloadOf(const AccountStore &store, std::uint32_t row) const;
    double potentialOf(const AccountStore &store, std::uint32_t row) const;
};

// Groups the given account rows into pieces. Positions come from the
// billing coordinates, else from the bundled centroid of the billing ZIP;
// missing workload or potential counts as 0.
Result<AccountPieces> accountPieces(const AccountStore &store, std::span<const std::uint32_t> rows,
                                    const AccountPieceOptions &options = {});

} // namespace Tessera
