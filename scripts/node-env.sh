#!/usr/bin/env sh
# Kept for muscle memory only: the npm scripts run through scripts/run.mjs, which works on
# Windows too. `sh scripts/node-env.sh npx playwright test` = `node scripts/run.mjs playwright test`.
exec node "$(dirname -- "$0")/run.mjs" "$@"
