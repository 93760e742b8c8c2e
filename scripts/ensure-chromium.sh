#!/usr/bin/env bash
# End-to-end tests need a Chromium. Playwright cannot download its own here, so this installs
# Debian's when neither a CHROMIUM_PATH, Playwright's own browser nor a system chromium exists.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if node -e "process.exit(require('fs').existsSync(require('playwright').chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi

echo "Installing Debian's chromium for the end-to-end tests..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium
