// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

namespace Tessera::Cli {

int runGenerate(QStringList)
{
    return usage(QStringLiteral("generate is not available in this build"));
}

int runDemo(QStringList)
{
    return usage(QStringLiteral("demo is not available in this build"));
}

} // namespace Tessera::Cli
