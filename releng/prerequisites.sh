#!/usr/bin/env bash
# Installs the Debian packages a fresh machine lacks: Xvfb and GTK for the workbench and its UI tests, and
# libswtchart-java (SWTChart is not on Maven Central; the target platform reads it from /usr/share/maven-repo).
set -euo pipefail
quiet=false; [ "${1:-}" = "--quiet" ] && quiet=true
gtk=libgtk-3-0; apt-cache show libgtk-3-0t64 >/dev/null 2>&1 && gtk=libgtk-3-0t64
missing=()
for pkg in xvfb xauth "$gtk" libswtchart-java fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "exhaustionlab: installing Debian packages: ${missing[*]}" >&2
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
if $quiet; then
  $sudo apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
else
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
