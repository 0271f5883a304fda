// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

namespace Tessera {

// How long work reports progress and learns that it should stop. Both parts
// are optional; core checks cancelled() at safe points and then returns
// ErrorCode::Cancelled without leaving anything half-done.
struct Progress
{
    std::function<void(double fraction)> report; // 0..1, may be called from a worker thread
    const std::atomic_bool *cancel = nullptr;

    void update(double fraction) const
    {
        if (report)
            report(fraction);
    }
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace Tessera
