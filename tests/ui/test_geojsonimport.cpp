// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import GeoJSON…: the preview and the import as one undo step; the
// Export dialog's geography choice.
#include "tests/ui/sessiontest.h"
#include "ui/export/exportdialog.h"
#include "ui/export/geojsonimport.h"
#include "ui/export/geojsonimportdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

const QByteArray Shapes = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "west"},
   "geometry": {"type": "Polygon", "coordinates": [[[-120,35],[-115,35],[-115,40],[-120,40],[-120,35]]]}},
  {"type": "Feature", "properties": {"name": "Lake Tahoe"},
   "geometry": {"type": "Polygon", "coordinates": [[[-120.2,38.9],[-119.9,38.9],[-119.9,39.3],[-120.2,39.3],[-120.2,38.9]]]}},
  {"type": "Feature", "properties": {"name": "Route 66"},
   "geometry": {"type": "LineString", "coordinates": [[-118,34],[-90,38]]}}
]})";

using GeoJsonImportTest = SessionTest<sampleData>;

} // namespace

TEST_F(GeoJsonImportTest, PreviewThenOneUndoStep)
{
    GeoJsonImportDialog dialog(doc().data(), Sample::Plan, QStringLiteral("shapes.geojson"),
                               Shapes);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("importPreview"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *parent = dialog.findChild<QComboBox *>(QStringLiteral("parentCombo"));
    ASSERT_TRUE(list && button && parent);
    // Without a parent "Lake Tahoe" cannot be placed; the line is no polygon.
    EXPECT_EQ(dialog.plan().shapes.size(), 1u);
    EXPECT_EQ(list->count(), 3);
    EXPECT_TRUE(button->isEnabled());
    parent->setCurrentIndex(parent->findData(QVariant::fromValue<Id>(Sample::West)));
    ASSERT_EQ(dialog.plan().shapes.size(), 2u);
    ASSERT_EQ(dialog.plan().created.size(), 1u);
    EXPECT_EQ(dialog.plan().created[0].apiName, QStringLiteral("Lake_Tahoe"));
    EXPECT_TRUE(
        list->item(1)->text().contains(QStringLiteral("new territory Lake_Tahoe under West")));
    dialog.show();
    saveScreenshot(dialog, "geojson-import");

    const WorkspaceData before = snap();
    ASSERT_TRUE(importGeoJsonShapes(session, Sample::Plan, dialog.plan()).ok());
    const WorkspaceData after = snap();
    ASSERT_EQ(after.drawnShapes.size(), before.drawnShapes.size() + 2);
    EXPECT_EQ(after.territories.size(), before.territories.size() + 1);
    EXPECT_EQ(stack().count(), 1); // one step
    checkUndoRedo(before, after);
    stack().undo();
    EXPECT_EQ(snap().drawnShapes.size(), before.drawnShapes.size());
}

TEST_F(GeoJsonImportTest, ExportDialogOffersGeographyWhereRulesAreExported)
{
    ExportDialog dialog(snap(), Sample::Plan);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *geo = dialog.findChild<QComboBox *>(QStringLiteral("geoRulesCombo"));
    ASSERT_TRUE(format && geo);
    format->setCurrentIndex(format->findData(static_cast<int>(Export::Format::SalesforceMetadata)));
    EXPECT_FALSE(geo->isHidden());
    geo->setCurrentIndex(geo->findData(static_cast<int>(GeoRules::Mode::Zip)));
    EXPECT_EQ(dialog.request().geoRules, GeoRules::Mode::Zip);
    format->setCurrentIndex(format->findData(static_cast<int>(Export::Format::GeoJson)));
    EXPECT_TRUE(geo->isHidden());
    EXPECT_EQ(dialog.request().geoRules, GeoRules::Mode::None);
}
