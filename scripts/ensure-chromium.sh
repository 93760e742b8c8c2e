#!/usr/bin/env bash
# End-to-end tests need a Chromium. Playwright cannot download its own here, so this installs
# Debian's headless shell when neither a CHROMIUM_PATH nor Playwright's own browser exists. The
# headless shell is what Playwright itself runs headless; the full browser (`chromium`) ran the
# suite about half as fast on this 2-core machine, and is used only where the shell cannot be had.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if node -e "process.exit(require('fs').existsSync(require('playwright').chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then exit 0; fi
if command -v chromium-headless-shell >/dev/null 2>&1; then exit 0; fi

echo "Installing Debian's chromium-headless-shell for the end-to-end tests..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium-headless-shell >/dev/null; then
  command -v chromium-headless-shell
elif command -v chromium >/dev/null 2>&1; then
  echo "Could not install chromium-headless-shell; the tests will run, slower, in $(command -v chromium)."
else
  exit 1
fi
