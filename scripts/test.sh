#!/usr/bin/env bash
# The full test run (README's test command; .ci/run calls `npm test`): install, build, typecheck, ESLint + Prettier,
# unit + LSP tests, then integration tests against a real dockerd, then the UI suites in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm 11 rejects this lock in `npm ci` (it lacks other platforms' optional @rollup/* entries): fall back to install
[ -d node_modules ] || npm ci || npm install --no-audit --no-fund
bash scripts/setup-engine.sh
npm run build
npm run typecheck
npm run lint  # ESLint and the Prettier check
npx vitest run --project unit --project dockerfile-ast
npx vitest run --project integration
if [ -f test/ui/run.sh ]; then bash test/ui/run.sh; fi
