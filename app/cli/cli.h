// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsengine.h"
#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QStringList>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace Tessera::Cli {

QTextStream &out();
QTextStream &err();

// Prints "tessera-cli: FILE: message" to stderr and returns the error's exit status.
int fail(const Error &error, const QString &file = {});
// Prints a usage error and returns ErrorCode::Usage.
int usage(const QString &message);

// Value of "--name VALUE" or "--name=VALUE" in args, removing it; def when absent.
QString takeOption(QStringList &args, const QString &name, const QString &def = {});
// True if the flag "--name" is present, removing it.
bool takeFlag(QStringList &args, const QString &name);

// The model named by --model (name or API name), else the active one, else the first.
Result<Id> pickModel(const WorkspaceData &data, const QString &name);
// Loads a workspace file, with a clear error when it does not exist.
Result<WorkspaceData> openWorkspace(const QString &path);

// What the balance and render commands compare: --model, --parent or
// --level (from 1), --tolerance and --target override the model's settings.
struct BalanceOptions
{
    QString model;
    QString parent;
    int level = -1; // a depth, 0 for the top
    double tolerance = std::nan("");
    std::optional<TargetMode> target;
};
Result<BalanceOptions> takeBalanceOptions(QStringList &args);
struct BalanceSummary
{
    Id modelId = NoId;
    BalanceReport report;
    QString scopeName;
    bool workloadAvailable = false;
};
Result<BalanceSummary> computeBalance(const WorkspaceData &data, const BalanceOptions &options);

// One function per command; each gets the arguments after the command name.
int runNew(QStringList args);
int runInfo(QStringList args);
int runValidate(QStringList args);
int runGenerate(QStringList args);
int runDemo(QStringList args);
int runBench(QStringList args);
int runRecover(QStringList args);
int runAssign(QStringList args);
int runBenchAssign(QStringList args);
int runBenchGeo(QStringList args);
int runBenchBalance(QStringList args);
int runBenchDtdp(QStringList args);
int runOptimize(QStringList args);
int runImportSalesforce(QStringList args);
int runExport(QStringList args);
int runImportAccounts(QStringList args);
int runImportReps(QStringList args);
int runBenchImport(QStringList args);
int runGeo(QStringList args);
int runImportGeoJson(QStringList args);
int runBalance(QStringList args);
#if defined(TESSERA_HAVE_UI)
int runRender(QStringList args);   // needs a QApplication (charts are widgets)
int runBenchMap(QStringList args); // needs a QGuiApplication
#endif

} // namespace Tessera::Cli
