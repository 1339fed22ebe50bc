#!/bin/sh
# Installs the system packages in system-packages.txt that are missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian/Ubuntu system; install the packages in $here/system-packages.txt by hand" >&2; exit 0; }
missing=""
for pkg in $(grep -v '^[[:space:]]*#' "$here/system-packages.txt"); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in *"ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "system-deps: installing$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
else
    echo "system-deps: these system packages are missing:$missing" >&2
    echo "system-deps: install them with:" >&2
    echo "    sudo apt-get install -y --no-install-recommends$missing" >&2
fi
