# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing, configure, build.
# Sourced, not run; expects to be in the repository root.

TESSERA_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    libsqlite3-dev sqlite3 libboost-dev libgtest-dev libgeos-dev
    clang-format xvfb xauth
)

tessera_install_missing() {
    local missing=()
    local pkg
    for pkg in "${TESSERA_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Tessera needs these Debian packages: ${missing[*]}" >&2
        echo "Run as root:  apt-get update && $line" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends ${missing[*]}
}

tessera_build() {
    local dir=${1:-build}
    shift || true
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$dir" -- -j2
}
