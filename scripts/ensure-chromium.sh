#!/usr/bin/env bash
# End-to-end tests need a Chromium. Playwright cannot download its own here, so this installs
# Debian's headless shell when neither a CHROMIUM_PATH nor Playwright's own browser exists. The
# headless shell is what Playwright itself runs headless; the full browser (`chromium`) ran the
# suite about half as fast on this 2-core machine, and is used only where the shell cannot be had.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if node -e "process.exit(require('fs').existsSync(require('playwright').chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then exit 0; fi
if bash "$(dirname "$0")/ensure-debian-package.sh" chromium-headless-shell chromium-headless-shell "the end-to-end tests"; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then
  echo "Could not install chromium-headless-shell; the tests will run, slower, in $(command -v chromium)."
  exit 0
fi
exit 1
