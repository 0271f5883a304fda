// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/exportfolder.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace Tessera::CsvExport {

// Plain CSVs of one model for spreadsheets and other systems:
// accounts.csv, one row per account and territory it lands in (the previewed
// assignment) with the territory's API name, name and path, why the account
// is there, and the territory's reps; an account in no territory gets one
// row with empty territory cells. reps.csv, one row per rep and territory
// with the role; a rep on no territory gets one row with empty cells.
Status write(const WorkspaceData &data, Id modelId, ExportFolder &folder,
             const Progress &progress = {});

} // namespace Tessera::CsvExport
