// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/ui/uitestsupport.h"
#include "ui/document/documentsession.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tessera::Test {

// A document session over the data a suite starts from, with errors recorded
// instead of shown and no autosave timer.
template<WorkspaceData (*Data)()>
class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session.setAutosaveInterval(0);
        session.setErrorReporter(&reporter);
        ASSERT_TRUE(session.adopt(Data()).ok());
    }
    WorkspaceDocument &doc() { return *session.document(); }
    QUndoStack &stack() { return *session.undoStack(); }
    WorkspaceData snap() { return doc().snapshot(); }

    // The command just pushed: undo gives `before` back, redo gives `after`, twice.
    void checkUndoRedo(const WorkspaceData &before, const WorkspaceData &after)
    {
        ASSERT_TRUE(stack().canUndo());
        EXPECT_TRUE(reporter.errors.empty());
        for (int i = 0; i < 2; ++i) {
            stack().undo();
            expectSameData(snap(), before);
            stack().redo();
            expectSameData(snap(), after);
        }
    }

    RecordingReporter reporter;
    DocumentSession session;
};

} // namespace Tessera::Test
