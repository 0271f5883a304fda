#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Tessera on the bundled demo
# workspace. Without a display it runs the headless demo pipeline instead.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/setup.sh

tessera_install_missing
tessera_build build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo pipeline."
    out=build/demo-pipeline
    rm -rf "$out" # made again from scratch on every run
    build/bin/tessera-cli demo --out "$out"
    build/bin/tessera-cli validate "$out/demo.tessera"
    build/bin/tessera-cli assign "$out/demo.tessera" --out "$out/assignments.csv"
    build/bin/tessera-cli balance "$out/demo.tessera" > "$out/balance.txt"
    build/bin/tessera-cli render "$out/demo.tessera" --map "$out/map.png" --charts "$out/charts.png"
    build/bin/tessera-cli export "$out/demo.tessera" --format salesforce-metadata --out "$out/salesforce"
    # A rebalanced scenario of one region, saved as a second model of the workspace.
    build/bin/tessera-cli optimize "$out/demo.tessera" --parent Mid_Atlantic \
        --tolerance workload=5 --contiguous --as "Mid-Atlantic rebalanced" > "$out/optimize.txt"
    echo "Demo workspace: $out/demo.tessera"
    echo "Balance report: $out/balance.txt; map and charts: $out/map.png, $out/charts.png"
    echo "Salesforce metadata to deploy: $out/salesforce"
    echo "Optimizer run (scenario model \"Mid-Atlantic rebalanced\"): $out/optimize.txt"
    exit 0
fi
# The GUI's copy of the demo is made once, so work saved into it survives the next run.
demo=build/demo/demo.tessera
[ -f "$demo" ] || build/bin/tessera-cli demo --out build/demo >/dev/null
exec build/bin/tessera "$demo" "$@"
