// SPDX-License-Identifier: GPL-3.0-or-later
// bench assign: the rule engine against the same rules run as SQL queries
// over an indexed SQLite table, on the same generated data, in one run.
#include "app/cli/cli.h"

#include "core/gen/workspacegenerator.h"
#include "core/rules/assignmentengine.h"
#include "core/rules/valuelist.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <unordered_map>

namespace Tessera::Cli {

namespace {

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QString sqlQuote(const QString &s)
{
    QString q = s;
    q.replace(QStringLiteral("'"), QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

// The SQL column of an account field in the baseline table.
QString columnOf(const QString &field)
{
    QString f = field;
    if (f.startsWith(QStringLiteral("Account.")))
        f = f.mid(8);
    return u'"' + f + u'"';
}

// One rule item as a SQL condition written so that SQLite can use its
// indexes (IN lists, LIKE 'prefix%' on NOCASE columns, ranges). Text blanks are
// stored as '' and numeric blanks as NULL; a positive condition is NULL or 0
// for a blank number, which WHERE treats as false. Under NOT, filterSql()
// wraps it so that NULL counts as false there too.
Result<QString> itemSql(const RuleItem &item, bool numeric)
{
    Result<std::vector<QString>> values = parseValueList(item.value);
    if (!values)
        return values.error();
    const QString col = columnOf(item.field);
    const QString op = item.operation;
    const bool negative = op == u"notEqual" || op == u"notContain";
    const QString base =
        negative ? (op == u"notEqual" ? QStringLiteral("equals") : QStringLiteral("contains")) : op;
    QStringList any;
    QStringList equalsList;
    for (const QString &v : *values) {
        if (v.isEmpty()) {
            if (base == u"equals" || base == u"contains" || base == u"startsWith")
                any << (numeric ? col + QStringLiteral(" IS NULL") : col + QStringLiteral(" = ''"));
            continue;
        }
        const QString lit = numeric ? v : sqlQuote(v);
        const QString notBlank = numeric ? QString() : col + QStringLiteral(" <> '' AND ");
        if (base == u"equals")
            equalsList << lit;
        else if (base == u"startsWith")
            any << col + QStringLiteral(" LIKE ") + sqlQuote(v + u'%');
        else if (base == u"contains")
            any << col + QStringLiteral(" LIKE ") + sqlQuote(u'%' + v + u'%');
        else if (base == u"lessThan")
            any << u'(' + notBlank + col + QStringLiteral(" < ") + lit + u')';
        else if (base == u"greaterThan")
            any << u'(' + notBlank + col + QStringLiteral(" > ") + lit + u')';
        else if (base == u"lessOrEqual")
            any << u'(' + notBlank + col + QStringLiteral(" <= ") + lit + u')';
        else if (base == u"greaterOrEqual")
            any << u'(' + notBlank + col + QStringLiteral(" >= ") + lit + u')';
        else
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("the baseline has no SQL for %1").arg(op));
    }
    if (!equalsList.isEmpty())
        any << col + QStringLiteral(" IN (") + equalsList.join(u',') + u')';
    const QString positive =
        any.isEmpty() ? QStringLiteral("0") : u'(' + any.join(QStringLiteral(" OR ")) + u')';
    if (!negative)
        return positive;
    return numeric ? QStringLiteral("(%1 IS NULL OR NOT %2)").arg(col, positive)
                   : QStringLiteral("(NOT ") + positive + u')';
}

QString filterSql(const BooleanFilter &f, int node, const std::vector<QString> &items)
{
    const BooleanFilter::Node &n = f.nodes()[static_cast<std::size_t>(node)];
    switch (n.kind) {
    case BooleanFilter::Node::Item:
        return items[static_cast<std::size_t>(n.item)];
    case BooleanFilter::Node::Not:
        return QStringLiteral("(NOT ifnull(") + filterSql(f, n.left, items) +
               QStringLiteral(", 0))");
    case BooleanFilter::Node::And:
        return u'(' + filterSql(f, n.left, items) + QStringLiteral(" AND ") +
               filterSql(f, n.right, items) + u')';
    case BooleanFilter::Node::Or:
        return u'(' + filterSql(f, n.left, items) + QStringLiteral(" OR ") +
               filterSql(f, n.right, items) + u')';
    }
    return {};
}

struct Sqlite
{
    sqlite3 *db = nullptr;
    ~Sqlite() { sqlite3_close(db); }
    bool exec(const QString &sql)
    {
        char *msg = nullptr;
        const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
        if (rc != SQLITE_OK) {
            err() << "sqlite: " << msg << "\n";
            sqlite3_free(msg);
        }
        return rc == SQLITE_OK;
    }
};

// Makes the generated rules a realistic mix: ZIP ranges, industry and revenue criteria.
void mixRules(WorkspaceData &data, std::mt19937_64 &rng)
{
    const QStringList industries = {QStringLiteral("Healthcare"), QStringLiteral("Manufacturing"),
                                    QStringLiteral("Technology"), QStringLiteral("Retail"),
                                    QStringLiteral("Finance"),    QStringLiteral("Education")};
    for (AssignmentRule &r : data.rules) {
        if (r.items.size() >= 4)
            continue;
        const int kind = static_cast<int>(rng() % 4);
        QString geo = r.booleanFilter;
        if (geo.isEmpty()) {
            QStringList all;
            for (std::size_t i = 1; i <= r.items.size(); ++i)
                all << QString::number(i);
            geo = all.join(QStringLiteral(" AND "));
        }
        geo = u'(' + geo + u')';
        const int next = static_cast<int>(r.items.size()) + 1;
        if (kind == 0) {
            r.items.push_back({QStringLiteral("Account.Industry"), QStringLiteral("equals"),
                               industries[static_cast<qsizetype>(rng() % 6)] + u',' +
                                   industries[static_cast<qsizetype>(rng() % 6)]});
            r.booleanFilter = geo + QStringLiteral(" AND ") + QString::number(next);
        } else if (kind == 1) {
            const int lo = static_cast<int>(rng() % 5) * 1'000'000;
            r.items.push_back({QStringLiteral("Account.AnnualRevenue"),
                               QStringLiteral("greaterOrEqual"), QString::number(lo)});
            r.items.push_back({QStringLiteral("Account.AnnualRevenue"), QStringLiteral("lessThan"),
                               QString::number(lo + 50'000'000)});
            r.booleanFilter = geo + QStringLiteral(" AND %1 AND %2").arg(next).arg(next + 1);
        } else if (kind == 2) {
            const int zip = static_cast<int>(rng() % 90'000) + 10'000;
            r.items.push_back({QStringLiteral("Account.BillingPostalCode"),
                               QStringLiteral("greaterOrEqual"), QString::number(zip)});
            r.items.push_back({QStringLiteral("Account.BillingPostalCode"),
                               QStringLiteral("lessThan"), QString::number(zip + 500)});
            r.booleanFilter = geo + QStringLiteral(" OR (%1 AND %2)").arg(next).arg(next + 1);
        }
    }
}

int runBenchAssignImpl(QStringList args)
{
    bool ok = true;
    const std::size_t accounts =
        takeOption(args, QStringLiteral("--accounts"), QStringLiteral("1000000")).toULongLong(&ok);
    const int leaves =
        takeOption(args, QStringLiteral("--territories"), QStringLiteral("1000")).toInt();
    const int manualCount =
        takeOption(args, QStringLiteral("--manual"), QStringLiteral("50000")).toInt();
    const int edits = takeOption(args, QStringLiteral("--edits"), QStringLiteral("20")).toInt();
    // Only for profiling the engine: skips the slow baseline and the comparison.
    const bool noBaseline = takeFlag(args, QStringLiteral("--no-baseline"));
    const unsigned threads =
        takeOption(args, QStringLiteral("--threads"), QStringLiteral("0")).toUInt();
    if (!ok || accounts == 0 || accounts > MaxGeneratedAccounts || leaves < 1 || manualCount < 0 ||
        !args.isEmpty())
        return usage(QStringLiteral("usage: tessera-cli bench assign [--accounts N] [--territories "
                                    "K] [--manual M] [--edits E] [--threads T] [--no-baseline]"));

    QTextStream &o = out();
    o << "bench assign: " << accounts << " accounts, " << leaves << " leaf territories, "
      << manualCount << " manual assignments\n";
    o.flush();
    GeneratorOptions g;
    g.accounts = accounts;
    g.territories = leaves;
    g.reps = std::max(leaves, 10);
    g.seed = 42;
    Result<WorkspaceData> generated = generateWorkspace(g);
    if (!generated)
        return fail(generated.error());
    WorkspaceData data = std::move(*generated);
    std::mt19937_64 rng(7);
    mixRules(data, rng);
    const Id model = data.models.front().id;
    std::vector<Id> leafIds;
    {
        std::unordered_map<Id, int> children;
        for (const Territory &t : data.territories)
            if (t.parentId != NoId)
                ++children[t.parentId];
        for (const Territory &t : data.territories)
            if (t.modelId == model && !children.count(t.id))
                leafIds.push_back(t.id);
    }
    for (int i = 0; i < manualCount; ++i) {
        const std::size_t row = rng() % accounts;
        data.manualAssignments.push_back(
            {data.accounts.accountId(row), leafIds[rng() % leafIds.size()]});
    }
    std::sort(data.manualAssignments.begin(), data.manualAssignments.end(),
              [](const auto &a, const auto &b) {
                  return std::tie(a.accountId, a.territoryId) <
                         std::tie(b.accountId, b.territoryId);
              });
    data.manualAssignments.erase(
        std::unique(data.manualAssignments.begin(), data.manualAssignments.end()),
        data.manualAssignments.end());
    std::map<std::size_t, int> itemHistogram;
    for (const AssignmentRule &r : data.rules)
        ++itemHistogram[r.items.size()];
    o << "rules: " << data.rules.size() << " (items per rule:";
    for (const auto &[items, count] : itemHistogram)
        o << " " << items << "x" << count;
    o << ")\n";

    // --- Tessera: full assignment with per-territory totals, cold (indexes built inside).
    std::vector<double> runs;
    std::unique_ptr<AssignmentEngine> engine;
    for (int i = 0; i < 3; ++i) {
        AssignmentEngine::Options engineOptions;
        engineOptions.threads = threads;
        engine = std::make_unique<AssignmentEngine>(data, model, engineOptions);
        QElapsedTimer t;
        t.start();
        if (Status s = engine->run(); !s)
            return fail(s.error());
        runs.push_back(msSince(t));
    }
    std::sort(runs.begin(), runs.end());
    const double engineMs = runs[runs.size() / 2];
    if (!engine->ruleErrors().empty())
        return fail(engine->ruleErrors().front().second);
    if (noBaseline) {
        out() << "tessera full assignment with totals (median of 3, cold): "
              << QString::number(engineMs, 'f', 1) << " ms (runs:";
        for (double ms : runs)
            out() << " " << QString::number(ms, 'f', 1);
        out() << ")\nbaseline skipped (--no-baseline): no comparison, no ratio\n";
        return 0;
    }

    // --- Baseline: the same data in SQLite, one indexed column per field a rule uses.
    const int workloadField = data.accounts.fieldIndex(u"Workload__c");
    std::vector<int> columns;
    for (const AssignmentRule &r : data.rules) {
        for (const RuleItem &item : r.items) {
            const int f = data.accounts.fieldIndex(item.field);
            if (f >= 0 && std::find(columns.begin(), columns.end(), f) == columns.end())
                columns.push_back(f);
        }
    }
    Sqlite sql;
    sqlite3_open(":memory:", &sql.db);
    // An unknown column must be an error, not a string literal.
    sqlite3_db_config(sql.db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(sql.db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    {
        QStringList defs{QStringLiteral("row INTEGER PRIMARY KEY"),
                         QStringLiteral("workload REAL")};
        for (int f : columns) {
            const bool numeric = data.accounts.field(f).type == FieldType::Number;
            defs << u'"' + data.accounts.field(f).name + u'"' +
                        (numeric ? QStringLiteral(" REAL")
                                 : QStringLiteral(" TEXT COLLATE NOCASE"));
        }
        sql.exec(QStringLiteral("CREATE TABLE accounts(%1)").arg(defs.join(QStringLiteral(", "))));
        sql.exec(QStringLiteral("BEGIN"));
        sqlite3_stmt *ins = nullptr;
        QStringList marks(static_cast<qsizetype>(columns.size() + 2), QStringLiteral("?"));
        sqlite3_prepare_v2(sql.db,
                           QStringLiteral("INSERT INTO accounts VALUES(%1)")
                               .arg(marks.join(u','))
                               .toUtf8()
                               .constData(),
                           -1, &ins, nullptr);
        const AccountStore &a = data.accounts;
        auto bindNumber = [&](int col, double v) {
            if (std::isnan(v))
                sqlite3_bind_null(ins, col);
            else
                sqlite3_bind_double(ins, col, v);
        };
        for (std::size_t r = 0; r < a.rowCount(); ++r) {
            sqlite3_bind_int64(ins, 1, static_cast<sqlite3_int64>(r));
            bindNumber(2, workloadField >= 0 ? a.number(r, workloadField) : std::nan(""));
            int col = 3;
            for (int f : columns) {
                if (a.field(f).type == FieldType::Number) {
                    bindNumber(col++, a.number(r, f));
                } else {
                    const std::string_view v = a.text(r, f);
                    sqlite3_bind_text(ins, col++, v.data(), static_cast<int>(v.size()),
                                      SQLITE_STATIC);
                }
            }
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
        sql.exec(QStringLiteral("COMMIT"));
        for (int f : columns)
            sql.exec(QStringLiteral("CREATE INDEX \"idx_%1\" ON accounts(\"%1\")")
                         .arg(data.accounts.field(f).name));
        sql.exec(QStringLiteral("ANALYZE"));
    }
    std::unordered_map<Id, QString> ruleSql;
    for (const AssignmentRule &r : data.rules) {
        std::vector<QString> items;
        for (const RuleItem &item : r.items) {
            const int f = data.accounts.fieldIndex(item.field);
            Result<QString> s = itemSql(item, data.accounts.field(f).type == FieldType::Number);
            if (!s)
                return fail(s.error());
            items.push_back(*s);
        }
        Result<BooleanFilter> filter =
            BooleanFilter::parse(r.booleanFilter, static_cast<int>(r.items.size()));
        ruleSql.emplace(r.id, QStringLiteral("SELECT row FROM accounts WHERE ") +
                                  filterSql(*filter, filter->root(), items));
    }

    QElapsedTimer bt;
    bt.start();
    std::unordered_map<Id, std::vector<std::uint32_t>> ruleRows;
    for (const AssignmentRule &r : data.rules) {
        if (!r.active)
            continue;
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(sql.db, ruleSql.at(r.id).toUtf8().constData(), -1, &q, nullptr) !=
            SQLITE_OK)
            return fail(makeError(ErrorCode::Failed, QStringLiteral("baseline SQL failed"),
                                  QString::fromUtf8(sqlite3_errmsg(sql.db))));
        std::vector<std::uint32_t> &rows = ruleRows[r.id];
        while (sqlite3_step(q) == SQLITE_ROW)
            rows.push_back(static_cast<std::uint32_t>(sqlite3_column_int64(q, 0)));
        sqlite3_finalize(q);
    }
    // Territory membership and totals, as a database-backed tool would combine them.
    std::unordered_map<Id, std::vector<std::uint32_t>> manual, excluded;
    for (const AccountTerritoryLink &l : data.manualAssignments)
        manual[l.territoryId].push_back(
            static_cast<std::uint32_t>(data.accounts.rowOf(l.accountId.toStdString())));
    std::unordered_map<Id, std::vector<std::uint32_t>> baseline;
    std::unordered_map<Id, double> baselineWorkload;
    for (Id t : engine->territories()) {
        std::vector<std::uint32_t> rows = manual[t];
        for (const ActingRule &r : engine->actingRules(t)) {
            const auto &add = ruleRows[r.ruleId];
            rows.insert(rows.end(), add.begin(), add.end());
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        double w = 0;
        for (std::uint32_t r : rows) {
            const double v = workloadField >= 0 ? data.accounts.number(r, workloadField) : 0;
            w += std::isnan(v) ? 0 : v;
        }
        baselineWorkload[t] = w;
        baseline[t] = std::move(rows);
    }
    const double baselineMs = msSince(bt);

    // Both must say the same thing, territory by territory.
    std::size_t mismatches = 0;
    std::size_t memberships = 0;
    for (Id t : engine->territories()) {
        const std::vector<std::uint32_t> mine = engine->accountsOf(t).toVector();
        memberships += mine.size();
        if (mine != baseline[t] || std::abs(engine->totals(t).workload - baselineWorkload[t]) >
                                       1e-6 * (1 + baselineWorkload[t]))
            ++mismatches;
    }

    // --- Incremental: edit one rule, re-evaluate only what depends on it.
    std::vector<double> editMs;
    std::vector<Id> editable;
    for (const AssignmentRule &r : data.rules)
        editable.push_back(r.id);
    for (int e = 0; e < edits && !editable.empty(); ++e) {
        AssignmentRule &r = data.rules[rng() % data.rules.size()];
        RuleItem &item = r.items.front();
        // A typical edit: one more state or ZIP prefix in the list.
        item.value += item.field.endsWith(QStringLiteral("BillingState")) ? QStringLiteral(",WY")
                                                                          : QStringLiteral(",8");
        QElapsedTimer t;
        t.start();
        engine->updateRule(r.id);
        editMs.push_back(msSince(t));
    }
    AssignmentEngine fresh(data, model);
    (void)fresh.run();
    std::size_t editMismatches = 0;
    for (Id t : fresh.territories()) {
        if (!(fresh.accountsOf(t) == engine->accountsOf(t)) ||
            fresh.totals(t).accounts != engine->totals(t).accounts)
            ++editMismatches;
    }
    std::sort(editMs.begin(), editMs.end());

    const double ratio = baselineMs / engineMs;
    o << "territories: " << engine->territories().size() << ", memberships: " << memberships
      << ", unassigned: " << engine->unassigned().count() << "\n";
    o << "tessera full assignment with totals (median of 3, cold): "
      << QString::number(engineMs, 'f', 1) << " ms\n";
    o << "sqlite baseline (indexed queries per rule + combine): "
      << QString::number(baselineMs, 'f', 1) << " ms\n";
    o << "speed-up: " << QString::number(ratio, 'f', 1) << "x\n";
    o << "territories that differ: " << mismatches << "\n";
    if (!editMs.empty())
        o << "one rule edited and re-evaluated: median "
          << QString::number(editMs[editMs.size() / 2], 'f', 2) << " ms, max "
          << QString::number(editMs.back(), 'f', 2) << " ms over " << editMs.size()
          << " edits; territories differing from a full run: " << editMismatches << "\n";
    o << "target full <= 500 ms: " << (engineMs <= 500 ? "PASS" : "FAIL") << "\n";
    o << "target >= 20x baseline: " << (ratio >= 20 ? "PASS" : "FAIL") << "\n";
    o << "target edit <= 50 ms: " << (!editMs.empty() && editMs.back() <= 50 ? "PASS" : "FAIL")
      << "\n";
    return mismatches == 0 && editMismatches == 0 ? 0 : int(ErrorCode::Failed);
}

} // namespace

int runBenchAssign(QStringList args)
{
    return runBenchAssignImpl(std::move(args));
}

} // namespace Tessera::Cli
