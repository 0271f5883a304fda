// SPDX-License-Identifier: GPL-3.0-or-later
// Word lists, picklists and region designs for synthetic workspaces. The
// lists are Tessera's own; the picklist values are Salesforce's standard ones
// so that generated data looks like an org's export.
#include "core/gen/blueprint.h"

#include <array>
#include <utility>

namespace Tessera::Gen {

namespace {

constexpr std::array<std::pair<const char *, const char *>, 56> StateNames{{
    {"AK", "Alaska"},
    {"AL", "Alabama"},
    {"AR", "Arkansas"},
    {"AS", "American Samoa"},
    {"AZ", "Arizona"},
    {"CA", "California"},
    {"CO", "Colorado"},
    {"CT", "Connecticut"},
    {"DC", "District of Columbia"},
    {"DE", "Delaware"},
    {"FL", "Florida"},
    {"GA", "Georgia"},
    {"GU", "Guam"},
    {"HI", "Hawaii"},
    {"IA", "Iowa"},
    {"ID", "Idaho"},
    {"IL", "Illinois"},
    {"IN", "Indiana"},
    {"KS", "Kansas"},
    {"KY", "Kentucky"},
    {"LA", "Louisiana"},
    {"MA", "Massachusetts"},
    {"MD", "Maryland"},
    {"ME", "Maine"},
    {"MI", "Michigan"},
    {"MN", "Minnesota"},
    {"MO", "Missouri"},
    {"MP", "Northern Mariana Islands"},
    {"MS", "Mississippi"},
    {"MT", "Montana"},
    {"NC", "North Carolina"},
    {"ND", "North Dakota"},
    {"NE", "Nebraska"},
    {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},
    {"NM", "New Mexico"},
    {"NV", "Nevada"},
    {"NY", "New York"},
    {"OH", "Ohio"},
    {"OK", "Oklahoma"},
    {"OR", "Oregon"},
    {"PA", "Pennsylvania"},
    {"PR", "Puerto Rico"},
    {"RI", "Rhode Island"},
    {"SC", "South Carolina"},
    {"SD", "South Dakota"},
    {"TN", "Tennessee"},
    {"TX", "Texas"},
    {"UT", "Utah"},
    {"VA", "Virginia"},
    {"VI", "U.S. Virgin Islands"},
    {"VT", "Vermont"},
    {"WA", "Washington"},
    {"WI", "Wisconsin"},
    {"WV", "West Virginia"},
    {"WY", "Wyoming"},
}};

std::vector<std::string> split(const char *codes)
{
    std::vector<std::string> out;
    std::string cur;
    for (const char *p = codes;; ++p) {
        if (*p == ' ' || *p == '\0') {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
            if (*p == '\0')
                break;
        } else {
            cur += *p;
        }
    }
    return out;
}

} // namespace

QString stateName(const std::string &usps)
{
    for (const auto &[code, name] : StateNames) {
        if (usps == code)
            return QString::fromLatin1(name);
    }
    return QString::fromStdString(usps);
}

// Census Bureau divisions, walked east to west so that neighbours stay together.
std::vector<RegionSpec> censusDivisions()
{
    return {
        {QStringLiteral("New England"), split("MA RI NH ME VT CT"), {}},
        {QStringLiteral("Mid-Atlantic"), split("NY NJ PA"), {}},
        {QStringLiteral("South Atlantic"), split("DE DC MD VA WV NC SC GA FL"), {}},
        {QStringLiteral("East South Central"), split("KY TN AL MS"), {}},
        {QStringLiteral("East North Central"), split("OH IN MI IL WI"), {}},
        {QStringLiteral("West North Central"), split("MN IA MO ND SD NE KS"), {}},
        {QStringLiteral("West South Central"), split("AR LA OK TX"), {}},
        {QStringLiteral("Mountain"), split("MT WY ID CO NM AZ UT NV"), {}},
        {QStringLiteral("Pacific"), split("WA OR CA AK HI"), {}},
    };
}

std::vector<RegionSpec> censusRegions()
{
    return {
        {QStringLiteral("Northeast"), split("MA RI NH ME VT CT NY NJ PA"), {}},
        {QStringLiteral("South"), split("DE DC MD VA WV NC SC GA FL KY TN AL MS AR LA OK TX"), {}},
        {QStringLiteral("Midwest"), split("OH IN MI IL WI MN IA MO ND SD NE KS"), {}},
        {QStringLiteral("West"), split("MT WY ID CO NM AZ UT NV WA OR CA AK HI"), {}},
    };
}

Blueprint defaultBlueprint()
{
    Blueprint b;
    b.company = QStringLiteral("Acme Analytics");
    b.emailDomain = "acme-analytics.example";
    b.modelName = QStringLiteral("FY2027 Sales Territories");
    b.modelApiName = QStringLiteral("FY2027_Sales_Territories");
    b.modelDescription = QStringLiteral("Generated territory model");

    // Salesforce's standard Industry picklist, weighted roughly like a broad
    // B2B customer base, with typical company sizes.
    b.segments = {
        {"Technology", {}, 12, 60, 2.5e5, {}},
        {"Manufacturing", {}, 11, 120, 3.0e5, {}},
        {"Healthcare", {}, 10, 80, 1.5e5, {}},
        {"Retail", {}, 9, 40, 2.0e5, {}},
        {"Finance", {}, 7, 50, 4.0e5, {}},
        {"Banking", {}, 4, 150, 3.5e5, {}},
        {"Insurance", {}, 4, 90, 3.5e5, {}},
        {"Construction", {}, 6, 30, 2.5e5, {}},
        {"Consulting", {}, 5, 20, 2.0e5, {}},
        {"Education", {}, 4, 100, 1.0e5, {}},
        {"Government", {}, 2, 200, 1.2e5, {}},
        {"Transportation", {}, 4, 70, 2.5e5, {}},
        {"Energy", {}, 2, 150, 6.0e5, {}},
        {"Utilities", {}, 1, 250, 5.0e5, {}},
        {"Telecommunications", {}, 2, 120, 4.0e5, {}},
        {"Media", {}, 2, 40, 2.5e5, {}},
        {"Hospitality", {}, 4, 50, 0.8e5, {}},
        {"Food & Beverage", {}, 4, 45, 2.0e5, {}},
        {"Biotechnology", {}, 2, 70, 3.0e5, {}},
        {"Electronics", {}, 2, 90, 3.5e5, {}},
        {"Chemicals", {}, 1, 140, 5.0e5, {}},
        {"Agriculture", {}, 2, 20, 3.0e5, {}},
        {"Not For Profit", {}, 2, 25, 0.8e5, {}},
        {"Other", {}, 3, 20, 1.5e5, {}},
    };
    b.accountTypes = {
        {"Customer - Direct", 34, 1.0, 0.8},
        {"Customer - Channel", 12, 0.6, 0.8},
        {"Prospect", 40, 0.7, 1.3},
        {"Channel Partner / Reseller", 5, 0.5, 0.4},
        {"Installation Partner", 3, 0.4, 0.3},
        {"Technology Partner", 2, 0.4, 0.3},
        {"Other", 4, 0.3, 0.5},
    };
    b.nameTemplates = {
        "{surname} {noun} {suffix}",      "{adjective} {noun} {suffix}", "{city} {noun} {suffix}",
        "{surname} & {surname} {suffix}", "{adjective} {noun} Group",    "{surname} {noun}",
        "{adjective}{tail} {suffix}",     "{city} {noun} Partners",
    };
    b.words = {
        {"surname",
         {"Abbott",  "Ashford",   "Barlow",    "Beckett",  "Bradford",  "Calloway",  "Carver",
          "Delaney", "Donovan",   "Ellison",   "Everett",  "Fairbanks", "Fletcher",  "Garrison",
          "Hadley",  "Harlan",    "Hawthorne", "Holloway", "Kendrick",  "Kessler",   "Langford",
          "Lowell",  "Mercer",    "Merritt",   "Nash",     "Oakley",    "Pemberton", "Prescott",
          "Quinlan", "Radcliffe", "Reeves",    "Sheridan", "Sterling",  "Sutton",    "Thornton",
          "Vance",   "Whitaker",  "Winslow",   "Yates",    "Calder",    "Brennan",   "Cortland"}},
        {"adjective",
         {"Summit",      "Pinnacle",  "Keystone",   "Bluewater", "Redwood",    "Ironclad",
          "Evergreen",   "Northstar", "Silverline", "Granite",   "Harbor",     "Frontier",
          "Cardinal",    "Meridian",  "Liberty",    "Pioneer",   "Crescent",   "Atlas",
          "Beacon",      "Cobalt",    "Horizon",    "Prairie",   "Riverbend",  "Clearwater",
          "Stonebridge", "Lakeshore", "Sunrise",    "Westfield", "Brightpath", "Copperline"}},
        {"noun",
         {"Logistics",  "Systems",    "Foods",     "Manufacturing", "Health",    "Capital",
          "Software",   "Builders",   "Energy",    "Analytics",     "Supply",    "Dynamics",
          "Industries", "Labs",       "Networks",  "Solutions",     "Materials", "Motors",
          "Financial",  "Outfitters", "Media",     "Engineering",   "Pharma",    "Freight",
          "Textiles",   "Robotics",   "Insurance", "Hospitality",   "Electric",  "Packaging"}},
        {"tail", {"works", "tech", "soft", "corp", "point", "gate", "line", "core"}},
        {"suffix",
         {"Inc.", "LLC", "Corp.", "Co.", "Ltd.", "Inc.", "LLC", "Group", "Holdings", "Company"}},
        {"street", {"Oak",      "Maple",    "Main",       "Washington", "Lake",    "Hill",
                    "Park",     "Cedar",    "Pine",       "Elm",        "Lincoln", "Jefferson",
                    "Market",   "Commerce", "Industrial", "Ridge",      "River",   "Church",
                    "Highland", "Franklin", "Madison",    "Sunset",     "Center",  "Spring",
                    "Valley",   "Meadow",   "Forest",     "Broadway",   "Harbor",  "Willow"}},
        {"streetSuffix", {"St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Way", "Ct", "Pkwy", "Pl"}},
    };
    b.repFirstNames = {"James",  "Maria",  "Robert", "Linda",  "Michael", "Sarah",  "David",
                       "Karen",  "Daniel", "Emily",  "Carlos", "Aisha",   "Kevin",  "Priya",
                       "Thomas", "Grace",  "Andre",  "Nina",   "Brian",   "Olivia", "Marcus",
                       "Hannah", "Steven", "Rachel", "Luis",   "Megan",   "Jason",  "Mei",
                       "Ryan",   "Sofia",  "Eric",   "Laura",  "Omar",    "Julia",  "Derek",
                       "Claire", "Victor", "Tanya",  "Paul",   "Elena"};
    b.repLastNames = {"Anderson",  "Bennett", "Chen",      "Diaz",    "Edwards", "Foster",
                      "Garcia",    "Hughes",  "Iverson",   "Jackson", "Kim",     "Lopez",
                      "Mitchell",  "Nguyen",  "Owens",     "Patel",   "Quinn",   "Rivera",
                      "Shaw",      "Turner",  "Underwood", "Valdez",  "Walsh",   "Young",
                      "Zimmerman", "Brooks",  "Coleman",   "Douglas", "Fischer", "Graham",
                      "Hayes",     "Jensen",  "Keller",    "Morgan",  "Novak",   "Ortiz"};
    return b;
}

} // namespace Tessera::Gen
