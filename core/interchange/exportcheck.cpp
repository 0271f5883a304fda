// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/exportcheck.h"

#include "core/model/apiname.h"
#include "core/rules/compiledrule.h"
#include "core/rules/rulecheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ExportCheck)
};

// How many examples a summary warning names.
constexpr int Examples = 3;

class Checker
{
public:
    Checker(const WorkspaceData &data, const ExportCheckOptions &options)
        : d(data)
        , o(options)
    {}

    std::vector<ExportIssue> run()
    {
        if (Status s = WorkspaceDocument::validate(d); !s) {
            error(s.error().message);
            return issues;
        }
        std::set<Id> usedTypes;
        bool any = false;
        for (const TerritoryModel &m : d.models) {
            if (!inScope(m.id))
                continue;
            any = true;
            checkModel(m, usedTypes);
        }
        if (!any)
            error(Tr::tr("There is no territory model to export."));
        for (const TerritoryType &t : d.types) {
            if (o.models.empty() || usedTypes.count(t.id))
                checkType(t);
        }
        if (o.dataLoader)
            checkIds();
        return issues;
    }

private:
    bool inScope(Id modelId) const
    {
        return o.models.empty() ||
               std::find(o.models.begin(), o.models.end(), modelId) != o.models.end();
    }

    void error(const QString &m) { issues.push_back({ExportIssue::Error, m}); }
    void warning(const QString &m) { issues.push_back({ExportIssue::Warning, m}); }

    void apiName(const QString &what, const QString &name)
    {
        if (Status s = ApiName::check(name); !s)
            error(Tr::tr("%1: %2").arg(what, s.error().message));
    }

    void length(const QString &what, const QString &field, const QString &value, int max)
    {
        if (value.size() > max)
            error(Tr::tr("%1: the %2 has %3 characters; Salesforce allows %4.")
                      .arg(what, field)
                      .arg(value.size())
                      .arg(max));
    }

    void checkModel(const TerritoryModel &m, std::set<Id> &usedTypes)
    {
        const QString what = Tr::tr("Model %1").arg(m.apiName);
        apiName(what, m.apiName);
        length(what, Tr::tr("name"), m.name, SalesforceLimits::NameLength);
        length(what, Tr::tr("description"), m.description, SalesforceLimits::DescriptionLength);

        QStringList untyped;
        int untypedCount = 0;
        for (const Territory &t : d.territories) {
            if (t.modelId != m.id)
                continue;
            const QString tw = Tr::tr("Territory %1").arg(t.apiName);
            apiName(tw, t.apiName);
            length(tw, Tr::tr("name"), t.name, SalesforceLimits::NameLength);
            length(tw, Tr::tr("description"), t.description, SalesforceLimits::DescriptionLength);
            if (t.typeId == NoId) {
                if (++untypedCount <= Examples)
                    untyped << t.apiName;
            } else {
                usedTypes.insert(t.typeId);
            }
        }
        if (untypedCount > 0) {
            const QString list = untyped.join(QStringLiteral(", ")) +
                                 (untypedCount > Examples ? QStringLiteral(", …") : QString());
            // Salesforce requires a type on every territory; a metadata deploy
            // can still name one the org has (kept from an import).
            if (o.dataLoader)
                error(Tr::tr("Model %1: territories without a territory type: %2 (%3). "
                             "Territory2TypeId is required.")
                          .arg(m.apiName)
                          .arg(untypedCount)
                          .arg(list));
            else
                warning(Tr::tr("Model %1: territories without a territory type in this workspace: "
                               "%2 (%3). The deploy succeeds only if the type they name exists in "
                               "the org.")
                            .arg(m.apiName)
                            .arg(untypedCount)
                            .arg(list));
        }

        if (!o.rules)
            return;
        for (const AssignmentRule &r : d.rules) {
            if (r.modelId != m.id)
                continue;
            const QString rw = Tr::tr("Rule %1").arg(r.apiName);
            apiName(rw, r.apiName);
            length(rw, Tr::tr("label"), r.label, SalesforceLimits::NameLength);
        }
        // A rule on a field the workspace's accounts lack (Phone, CreatedById)
        // cannot be previewed here, but the org has the field: a warning.
        std::unordered_map<Id, QString> missingField;
        for (const AssignmentRule &r : d.rules) {
            if (r.modelId != m.id)
                continue;
            Result<CompiledRule> compiled = compileRule(r, d.accounts);
            if (!compiled && compiled.error().code == ErrorCode::NotFound)
                missingField.emplace(r.id, compiled.error().message);
        }
        for (const RuleIssue &issue : checkRules(d, m.id)) {
            auto missing = missingField.find(issue.ruleId);
            if (issue.severity == RuleIssue::Warning)
                warning(issue.message);
            else if (missing != missingField.end() && missing->second == issue.message)
                warning(
                    Tr::tr("%1 Tessera cannot preview this rule; Salesforce checks the field when "
                           "it is loaded.")
                        .arg(issue.message));
            else
                error(issue.message);
        }
    }

    void checkType(const TerritoryType &t)
    {
        const QString what = Tr::tr("Territory type %1").arg(t.apiName);
        apiName(what, t.apiName);
        length(what, Tr::tr("name"), t.name, SalesforceLimits::NameLength);
        length(what, Tr::tr("description"), t.description, SalesforceLimits::TypeDescriptionLength);
    }

    // Data Loader loads records by their Salesforce ids: reps' user ids and
    // account ids that are not Salesforce ids must be mapped first.
    void checkIds()
    {
        std::unordered_set<Id> territories;
        for (const Territory &t : d.territories) {
            if (inScope(t.modelId))
                territories.insert(t.id);
        }
        std::unordered_map<Id, const Rep *> reps;
        for (const Rep &r : d.reps)
            reps.emplace(r.id, &r);

        QStringList badUsers;
        std::set<QString> seenUsers;
        QStringList longRoles;
        std::set<QString> customRoles;
        // The values RoleInTerritory2 has in a new org; others must be added to the picklist.
        const QStringList standardRoles{QStringLiteral("Owner"), QStringLiteral("Administrator"),
                                        QStringLiteral("Sales Rep")};
        for (const RepAssignment &a : d.repAssignments) {
            if (!territories.count(a.territoryId))
                continue;
            const Rep *rep = reps.at(a.repId);
            if (!looksLikeSalesforceId(rep->userId, u"005") && seenUsers.insert(rep->userId).second)
                badUsers << rep->userId;
            if (a.role.size() > SalesforceLimits::RoleLength)
                longRoles << a.role;
            else if (!a.role.isEmpty() && !standardRoles.contains(a.role))
                customRoles.insert(a.role);
        }
        if (!customRoles.empty())
            warning(Tr::tr("Roles in territory that a new org does not have: %1. Add them to the "
                           "Role in Territory picklist before loading UserTerritory2Association.")
                        .arg(QStringList(customRoles.begin(), customRoles.end())
                                 .join(QStringLiteral(", "))));
        // ForecastUserId must name a user already on the territory.
        std::set<std::pair<Id, Id>> onTerritory;
        for (const RepAssignment &a : d.repAssignments)
            onTerritory.insert({a.repId, a.territoryId});
        for (const Territory &t : d.territories) {
            if (territories.count(t.id) && t.forecastManagerId != NoId &&
                !onTerritory.count({t.forecastManagerId, t.id}))
                error(Tr::tr("Territory %1: the forecast manager %2 is not on the territory; "
                             "Salesforce accepts only a user assigned to it.")
                          .arg(t.apiName, reps.at(t.forecastManagerId)->name));
        }
        if (!badUsers.isEmpty())
            warning(
                Tr::tr(
                    "Reps whose user ids are not Salesforce user ids: %1 (%2). Replace them with "
                    "the ids of their users before loading UserTerritory2Association.")
                    .arg(badUsers.size())
                    .arg(badUsers.mid(0, Examples).join(QStringLiteral(", ")) +
                         (badUsers.size() > Examples ? QStringLiteral(", …") : QString())));
        for (const QString &role : longRoles)
            error(Tr::tr("The role in territory \"%1\" has %2 characters; Salesforce allows %3.")
                      .arg(role)
                      .arg(role.size())
                      .arg(SalesforceLimits::RoleLength));

        auto accountLinks = [&](const std::vector<AccountTerritoryLink> &links,
                                const QString &what) {
            int notSalesforce = 0, unknown = 0;
            QStringList examples;
            for (const AccountTerritoryLink &l : links) {
                if (!territories.count(l.territoryId))
                    continue;
                if (!looksLikeSalesforceId(l.accountId, u"001")) {
                    if (++notSalesforce <= Examples)
                        examples << l.accountId;
                }
                unknown += d.accounts.rowOf(l.accountId.toStdString()) < 0;
            }
            if (notSalesforce > 0)
                warning(
                    Tr::tr(
                        "%1 naming accounts by ids that are not Salesforce account ids: %2 (%3). "
                        "Replace them before loading.")
                        .arg(what)
                        .arg(notSalesforce)
                        .arg(examples.join(QStringLiteral(", "))));
            if (unknown > 0)
                warning(
                    Tr::tr(
                        "%1 naming accounts that are not in this workspace: %2. They are exported "
                        "as they are.")
                        .arg(what)
                        .arg(unknown));
        };
        accountLinks(d.manualAssignments, Tr::tr("Manual assignments"));
        accountLinks(d.exclusions, Tr::tr("Exclusions"));
    }

    const WorkspaceData &d;
    const ExportCheckOptions &o;
    std::vector<ExportIssue> issues;
};

} // namespace

std::vector<ExportIssue> checkSalesforceExport(const WorkspaceData &data,
                                               const ExportCheckOptions &options)
{
    return Checker(data, options).run();
}

bool hasErrors(const std::vector<ExportIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ExportIssue &i) { return i.severity == ExportIssue::Error; });
}

QStringList messages(const std::vector<ExportIssue> &issues, ExportIssue::Severity severity)
{
    QStringList out;
    for (const ExportIssue &i : issues) {
        if (i.severity == severity)
            out << i.message;
    }
    return out;
}

bool looksLikeSalesforceId(QStringView id, QStringView keyPrefix)
{
    if ((id.size() != 15 && id.size() != 18) || !id.startsWith(keyPrefix))
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

} // namespace Tessera
