#!/usr/bin/env bash
# Installs the Debian 12 packages Busola needs to build, test and run. Idempotent: it asks apt
# only for what is missing, and works as root or through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6svg6-dev libqt6opengl6-dev libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libquazip1-qt6-dev libfreexl-dev zlib1g-dev libdeflate-dev libisal-dev libssl-dev qtkeychain-qt6-dev
    postgresql-15
    sqlite3 libsqlite3-dev tzdata fonts-dejavu-core
    xvfb xauth poppler-utils
    dpkg-dev file lintian desktop-file-utils appstream
    clang libclang-rt-14-dev python3
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q \
    --no-install-recommends "${missing[@]}"
