// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gen/workspacegenerator.h"
#include "core/model/workspacedocument.h"
#include "tests/ui/uitestsupport.h"
#include "ui/document/documentsession.h"
#include "ui/optimize/optimizedialog.h"

#include <QDoubleSpinBox>

#include <gtest/gtest.h>

namespace Tessera::Test {

// The territory of the first model with the most children that are leaves.
inline Id busiestParent(const WorkspaceDocument &doc)
{
    const Id model = doc.models().front().id;
    Id best = NoId;
    std::size_t most = 0;
    for (const Territory &t : doc.territories()) {
        const std::vector<Id> &kids = doc.children(model, t.id);
        const std::size_t n =
            t.modelId == model && !kids.empty() && doc.children(model, kids.front()).empty()
                ? kids.size()
                : 0;
        if (n > most) {
            most = n;
            best = t.id;
        }
    }
    return best;
}

// A session on the demo workspace, without autosave, its errors recorded,
// and the demo's busiest parent territory with its model.
struct DemoSession
{
    DemoSession()
    {
        session.setAutosaveInterval(0);
        session.setErrorReporter(&reporter);
        Result<WorkspaceData> demo = demoWorkspace();
        EXPECT_TRUE(demo.ok());
        if (demo) {
            EXPECT_TRUE(session.adopt(std::move(*demo)).ok());
        }
        if (session.document()) {
            parent = busiestParent(*session.document());
            if (parent != NoId)
                model = session.document()->territory(parent)->modelId;
        }
    }
    const WorkspaceDocument &doc() const { return *session.document(); }

    RecordingReporter reporter;
    DocumentSession session;
    Id parent = NoId;
    Id model = NoId;
};

// Runs the dialog's optimizer with a one-second budget and waits for it.
inline ::testing::AssertionResult runBriefly(OptimizeDialog &dialog)
{
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("timeBudgetSpin"))->setValue(1);
    if (!dialog.run())
        return ::testing::AssertionFailure() << dialog.blocker().toStdString();
    dialog.waitForRun();
    if (!dialog.outcome())
        return ::testing::AssertionFailure() << dialog.lastError().toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace Tessera::Test
