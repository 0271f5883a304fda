// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/geojson.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Tessera {

// File > Import GeoJSON…: which property names the territories, under which
// territory new ones are made, and a preview of what the import does (which
// territory each polygon goes to, what is created, which features cannot be
// used and why) before anything changes.
class GeoJsonImportDialog : public QDialog
{
    Q_OBJECT

public:
    GeoJsonImportDialog(const WorkspaceData &data, Id modelId, const QString &fileName,
                        const QByteArray &bytes, QWidget *parent = nullptr);

    // The plan for the current choices; empty when the file cannot be read.
    const GeoJson::ImportPlan &plan() const { return m_plan; }
    // A file that is not GeoJSON at all: the reason, else empty.
    QString fileError() const { return m_fileError; }

private:
    void update();

    const WorkspaceData &m_data;
    Id m_modelId;
    QString m_fileName;
    QByteArray m_bytes;
    GeoJson::ImportPlan m_plan;
    QString m_fileError;

    QComboBox *m_nameProperty;
    QComboBox *m_parent;
    QLabel *m_summary;
    QListWidget *m_preview;
    QPushButton *m_importButton;
};

} // namespace Tessera
