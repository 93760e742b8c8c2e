#!/usr/bin/env bash
# The IATI tests validate the generated XML against the official XSD with xmllint. This installs
# Debian's libxml2-utils when xmllint is missing (it needs root or sudo for that).
set -euo pipefail

if command -v xmllint >/dev/null 2>&1; then exit 0; fi

echo "Installing Debian's libxml2-utils (xmllint) for the IATI schema tests..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libxml2-utils >/dev/null
command -v xmllint
