// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

namespace Tessera::Cli {

int runBench(QStringList args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("bench needs a benchmark name: store"));
    return usage(QStringLiteral("unknown benchmark \"%1\"").arg(args.front()));
}

} // namespace Tessera::Cli
