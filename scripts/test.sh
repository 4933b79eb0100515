#!/usr/bin/env bash
# The one test command (npm test): installs what the tests need beyond npm, builds, runs Jest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npm run -s build:cli
npx tsc -p tsconfig.json --noEmit
npx webpack --mode production --env addin --env gas --env harness >/dev/null
npx jest "$@"
