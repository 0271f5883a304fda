// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

namespace Tessera {

// Salesforce DeveloperName rules: a letter first; letters, digits and
// underscores only; no double and no trailing underscore; at most 80 chars.
namespace ApiName {

constexpr int MaxLength = 80;

Status check(QStringView apiName);
// A valid API name derived from a display name ("São Paulo West" -> "Sao_Paulo_West").
QString fromLabel(QStringView label);

} // namespace ApiName
} // namespace Tessera
