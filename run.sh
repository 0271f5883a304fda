#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Tessera on the bundled demo
# workspace. Without a display it runs the headless demo pipeline instead.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/setup.sh

tessera_install_missing
tessera_build build

demo_dir=build/demo
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo pipeline."
    build/bin/tessera-cli demo --out "$demo_dir"
    build/bin/tessera-cli validate "$demo_dir/demo.tessera"
    echo "Demo workspace: $demo_dir/demo.tessera"
    exit 0
fi
build/bin/tessera-cli demo --out "$demo_dir" >/dev/null
exec build/bin/tessera "$demo_dir/demo.tessera" "$@"
