// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QString>

#include <vector>

namespace Tessera {

class AssignmentEngine;

// A problem with a model's rules, found before export and shown in the editor.
struct RuleIssue
{
    enum Severity { Error, Warning } severity = Error;
    Id ruleId = NoId;      // NoId when about the model or a territory
    Id territoryId = NoId; // set when about a territory
    QString message;
};

// Salesforce ETM's limits, as the engine checks them.
namespace EtmLimits {
constexpr int ItemsPerRule = 10;
constexpr int RulesPerTerritory = 15;
constexpr int ValueLength = 1000;
constexpr int FilterLength = 255;
constexpr int TerritoriesPerModel = 1000;
} // namespace EtmLimits

// Checks the rules of one model: ETM's limits and what would not compile are
// errors; traps that Salesforce accepts are warnings. With an engine that has
// run, rules that match no account are reported too.
std::vector<RuleIssue> checkRules(const WorkspaceData &data, Id modelId,
                                  const AssignmentEngine *engine = nullptr);

} // namespace Tessera
