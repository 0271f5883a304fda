// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/model/balancesettings.h"
#include "core/util/result.h"

#include <vector>

namespace Tessera {

// A per-account measure (workload, potential), one value per account row.
struct MeasureColumn
{
    std::vector<double> values; // missing values count as 0
    std::size_t missing = 0;    // accounts whose value is missing
    bool available = false;     // false when the default field does not exist
};

// The default fields of the two measures.
QString defaultWorkloadField();  // "Workload__c"
QString defaultPotentialField(); // "AnnualRevenue"

// Evaluates a measure definition over every account. `defaultField` is used
// when a Field definition names none; when that field is absent the measure
// is 0 everywhere and not available. Errors name the formula or field at fault.
Result<MeasureColumn> evaluateMeasure(const MeasureDefinition &definition,
                                      const AccountStore &accounts, const QString &defaultField);

// Checks a definition against the account fields without evaluating it.
Status checkMeasure(const MeasureDefinition &definition, const AccountStore &accounts);

} // namespace Tessera
