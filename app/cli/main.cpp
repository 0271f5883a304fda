// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include <QCoreApplication>
#if defined(TESSERA_HAVE_UI)
#include <QApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Tessera;

namespace {

struct Command
{
    const char *name;
    int (*run)(QStringList);
    const char *usage;
};

constexpr Command Commands[] = {
    {"new", &Cli::runNew, "new FILE                       create an empty workspace"},
    {"info", &Cli::runInfo,
     "info FILE                      models, territories per level, accounts, reps"},
    {"validate", &Cli::runValidate,
     "validate FILE                  check a workspace; exit 0 when valid"},
    {"generate", &Cli::runGenerate,
     "generate --accounts N --territories K --reps R --seed S -o FILE\n"
     "                                 write a realistic synthetic workspace"},
    {"assign", &Cli::runAssign,
     "assign FILE [--model NAME] [--out CSV] [--explain ACCOUNT_ID [--territory API_NAME]]\n"
     "                                 run the assignment rules and report where accounts land"},
    {"geo", &Cli::runGeo,
     "geo WS --territory API_NAME [--model NAME] [--add UNITS] [--remove UNITS]\n"
     "                                 list or edit a territory's units "
     "(county:06085,state:CA,...)"},
    {"balance", &Cli::runBalance,
     "balance WS [--model NAME] [--parent API_NAME | --level N] [--tolerance PERCENT]\n"
     "           [--target equal|capacity|targets]\n"
     "                                 per-territory balance table and level statistics"},
    {"demo", &Cli::runDemo,
     "demo --out DIR                 write the demo workspace and a summary"},
    {"recover", &Cli::runRecover,
     "recover FILE [-o OUT]          write the autosaved work of FILE to OUT (or list it)"},
    {"import-salesforce", &Cli::runImportSalesforce,
     "import-salesforce DIR --into WS [--replace]\n"
     "                                 read Salesforce territory metadata (either format) into WS"},
    {"import-accounts", &Cli::runImportAccounts,
     "import-accounts FILE.csv --into WS [--skip-bad-rows] [--report R.csv]\n"
     "                [--map \"Column=Field[:type]\"]... [--delimiter ,|;|tab]\n"
     "                [--refresh [--remove-missing]]\n"
     "                                 read accounts from CSV into WS (created if missing)"},
    {"import-reps", &Cli::runImportReps,
     "import-reps FILE.csv --into WS [--skip-bad-rows] [--report R.csv]\n"
     "                [--map \"Column=Field\"]... [--delimiter ,|;|tab]\n"
     "                                 read reps (id, name, email, capacity, home) into WS"},
    {"export", &Cli::runExport,
     "export WS --format FORMAT --out DIR [--model NAME] [--all-as-manual]\n"
     "          [--geo-rules zip|region]\n"
     "                                 FORMAT: salesforce-metadata, salesforce-source (models as\n"
     "                                 metadata), dataloader (Data Loader CSVs of one model;\n"
     "                                 --all-as-manual: the previewed assignment as manual\n"
     "                                 associations), csv (accounts and reps with territories).\n"
     "                                 Salesforce formats are checked first: errors block the\n"
     "                                 export, warnings go into its README.txt.\n"
     "                                 geojson: territory shapes with their metrics.\n"
     "                                 --geo-rules zip|region: geographic territories also as\n"
     "                                 assignment rules (ZIP codes, or whole states/countries)"},
    {"import-geojson", &Cli::runImportGeoJson,
     "import-geojson FILE --into WS [--model M] [--name-property name] [--parent API_NAME]\n"
     "                [--skip-invalid]\n"
     "                                 polygons of FILE become drawn shapes of the territories\n"
     "                                 they name (new ones under --parent)"},
#if defined(TESSERA_HAVE_UI)
    {"render", &Cli::runRender,
     "render FILE [--map PNG] [--charts PNG] [--width W --height H] [--model NAME]\n"
     "           [--parent API_NAME | --level N] [--measure workload|potential|accounts]\n"
     "                                 draw the map or the balance dashboard, without a display"},
#endif
    {"optimize", &Cli::runOptimize,
     "optimize WS (--parent API_NAME | --level N) [--tolerance workload=2,potential=5]\n"
     "         [--contiguous] [--max-moves 10%] [--max-moved-accounts 10%]\n"
     "         [--max-moved-potential 10%] [--time 5] [--seed 1] [--design K]\n"
     "         [--targets equal|capacity|own] [--pieces zip|accounts] [--as NEW_MODEL_NAME]\n"
     "                                 rebalance a territory's children (or a level) into a new\n"
     "                                 scenario model"},
    {"bench", &Cli::runBench,
     "bench NAME [OPTIONS]           benchmarks that print their figures and checks:\n"
     "    store [--accounts N]         saving and opening a workspace, against bare SQLite\n"
     "    import [--rows N] [--dir D]  importing accounts from CSV, against the sqlite3 shell\n"
     "    assign [--accounts N] [--territories K] [--threads T]\n"
     "                                 the assignment engine, against indexed SQLite queries\n"
     "    geo [--points N] [--threads T] [--rounds R]\n"
     "                                 locating accounts in counties\n"
     "    map [--accounts N | --file WS] [--rounds R]\n"
     "                                 drawing the map\n"
     "    balance [--accounts N] [--territories K] [--seed S] [--part a|b|all]\n"
     "                                 the optimizer: design and rebalance, with certificates\n"
     "    dtdp DIR [--time S] [--seed S] [--only REGEX]\n"
     "                                 delivery territory design instances (GraphML)"},
};

void printHelp()
{
    QTextStream &o = Cli::out();
    o << "Usage: tessera-cli COMMAND [ARGS]\n\n"
      << "Tessera " << TESSERA_VERSION << ": design sales territory models.\n\nCommands:\n";
    for (const Command &c : Commands)
        o << "  " << c.usage << "\n";
    o << "\nOptions:\n  --help      show this help\n  --version   show the version\n"
      << "\nExit status:\n"
      << "  0  success\n"
      << "  1  failure (validation found problems, a benchmark check failed)\n"
      << "  2  bad command line\n"
      << "  3  a file cannot be read or written\n"
      << "  4  not a SQLite file, or not a Tessera workspace\n"
      << "  5  the workspace was made by a newer Tessera\n"
      << "  6  the file is truncated, damaged or inconsistent\n"
      << "  7  a value breaks a rule of the model\n"
      << "  8  a referenced item does not exist\n"
      << "  9  cancelled\n"
      << "  10 a size limit was exceeded\n";
}

#if defined(TESSERA_HAVE_UI)
QtMessageHandler previousHandler = nullptr;

// Headless drawing makes Qt print two notices that say nothing about the
// result (no runtime folder for the offscreen platform, no window manager
// hints); everything else goes through.
void quietHeadlessNotices(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg &&
        (text.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set") ||
         text.startsWith(u"This plugin does not support propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Drawing needs fonts and a platform plug-in: commands that draw get a
    // QApplication on the offscreen platform unless a display is asked for.
    std::unique_ptr<QCoreApplication> app;
#if defined(TESSERA_HAVE_UI)
    const bool draws =
        argc > 1 &&
        (std::strcmp(argv[1], "render") == 0 ||
         (std::strcmp(argv[1], "bench") == 0 && argc > 2 && std::strcmp(argv[2], "map") == 0));
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
            previousHandler = qInstallMessageHandler(quietHeadlessNotices);
        app = std::make_unique<QApplication>(argc, argv); // charts are widgets
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.front() == u"--help" || args.front() == u"-h" ||
        args.front() == u"help") {
        printHelp();
        return args.isEmpty() ? int(ErrorCode::Usage) : 0;
    }
    if (args.front() == u"--version") {
        Cli::out() << "tessera-cli " << TESSERA_VERSION << "\n";
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command &c : Commands) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    return Cli::usage(QStringLiteral("unknown command \"%1\"; see tessera-cli --help").arg(name));
}
