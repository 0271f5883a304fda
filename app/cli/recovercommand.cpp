// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

namespace Tessera::Cli {

int runRecover(QStringList)
{
    return usage(QStringLiteral("recover is not available in this build"));
}

} // namespace Tessera::Cli
