#pragma once

#include <QtGlobal>

#include <optional>

namespace acta {

// What typing one entry cost its clerk, for a drill's per-clerk scores: keys pressed while the
// acta was open for entry, and the milliseconds it was on screen. Unknown (nullopt) when nobody
// measured it: scripts, and entries stored before it was kept.
struct EntryEffort
{
    std::optional<int> keystrokes;
    std::optional<qint64> activeMs;
};

} // namespace acta
