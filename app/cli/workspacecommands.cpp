// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

namespace Tessera::Cli {

int runNew(QStringList)
{
    return usage(QStringLiteral("new is not available in this build"));
}
int runInfo(QStringList)
{
    return usage(QStringLiteral("info is not available in this build"));
}
int runValidate(QStringList)
{
    return usage(QStringLiteral("validate is not available in this build"));
}

} // namespace Tessera::Cli
