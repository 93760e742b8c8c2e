#!/usr/bin/env bash
# Installs a Debian package when the command it provides is missing (it needs root or sudo).
# Usage: ensure-debian-package.sh <command> <package> <what it is needed for>
set -euo pipefail
command="$1" package="$2" purpose="$3"

if command -v "$command" >/dev/null 2>&1; then exit 0; fi

echo "Installing Debian's $package for $purpose..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
command -v "$command"
