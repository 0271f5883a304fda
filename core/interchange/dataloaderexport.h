// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/exportfolder.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QStringList>

namespace Tessera::DataLoader {

struct Options
{
    Id modelId = NoId;
    // Every account where the assignment engine puts it, as a manual
    // association, for orgs that do not use assignment rules; rules and
    // exclusions are then left out.
    bool allAsManual = false;
    QStringList warnings; // written into README.txt
    QStringList notes;    // likewise, above the load order (what was generated)
};

// One CSV per object in Salesforce's load order, headed with the objects'
// field API names, and a README.txt that says in which order to load them
// and which DeveloperName placeholders to replace with the ids that each
// step returns (see docs/salesforce-dataloader.md).
Status write(const WorkspaceData &data, const Options &options, ExportFolder &folder,
             const Progress &progress = {});

} // namespace Tessera::DataLoader
