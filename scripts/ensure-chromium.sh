#!/usr/bin/env bash
# The panel tests drive Debian's Chromium through playwright-core (Playwright's own browser
# download cannot work offline). Install it when missing; say clearly when that is impossible.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "error: $CHROMIUM is missing and could not be installed (needs root and apt-get: apt-get install chromium)." >&2
exit 1
