#!/usr/bin/env bash
# `npm start [folder]`: build Stevedore and open it in a real VS Code against the local Docker engine.
# - `code` on PATH: a new window of your VS Code with the extension loaded from this checkout
#   (--extensionDevelopmentPath), opening [folder] (default: this checkout).
# - otherwise (or STEVEDORE_START_SERVER=1): code-server, i.e. VS Code 1.139.1 in the browser, provisioned into
#   ~/.cache/stevedore-test, on 127.0.0.1 only, with a fresh profile and the freshly built VSIX installed.
#   Open the printed URL; Ctrl+C stops it. PORT=<n> picks the port.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FOLDER=$(realpath "${1:-$ROOT}")
# npm 11 rejects this lock in `npm ci` (it lacks other platforms' optional @rollup/* entries): fall back to install
[ -d node_modules ] || npm ci || npm install --no-audit --no-fund
# No engine configured and none at the default socket: set up the local one (as `npm test` does).
if [ -z "${DOCKER_HOST:-}${DOCKER_CONTEXT:-}" ] && ! curl -fs --max-time 3 --unix-socket /var/run/docker.sock http://localhost/_ping >/dev/null 2>&1; then
  bash scripts/setup-engine.sh || echo "start: no local Docker engine; Stevedore will say so and offer Retry" >&2
fi

if command -v code >/dev/null && [ -z "${STEVEDORE_START_SERVER:-}" ]; then
  npm run build
  exec code --extensionDevelopmentPath="$ROOT" "$FOLDER"
fi

. test/ui/codeServer.sh
bash test/ui/provision.sh
npm run package
RUN=$(mktemp -d /tmp/stevedore-start.XXXXXX)
trap 'cs_stop "$RUN"; rm -rf "$RUN"' EXIT
trap 'echo; exit 0' INT TERM
cs_prepare "$RUN" "$ROOT/stevedore.vsix"
PORT=${PORT:-$(cs_free_port)}
# --auth none is safe only because cs_start binds 127.0.0.1 (loopback): nobody else can reach it.
cs_start "$RUN" "$PORT" "$FOLDER"
echo
echo "  Stevedore in VS Code $(node -p "require('$CS/lib/vscode/package.json').version"): http://127.0.0.1:$PORT/?folder=$FOLDER"
echo "  (server log: $RUN/server.log; Ctrl+C stops it)"
echo
wait "$(cat "$RUN/server.pid")"
