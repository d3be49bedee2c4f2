#!/usr/bin/env bash
# UI tests in a real VS Code 1.139.1 (code-server): builds the VSIX, installs it into fresh profiles of two
# code-servers on 127.0.0.1 (one with the engine as configured, one with DOCKER_HOST pointing nowhere),
# then one headless Chromium runs the extension-host suites (test/ui/exthost) and the UI flows
# (test/ui/flows). Screenshots: test/ui/screenshots/ (and of every failure). Servers are always stopped.
# Env: STEVEDORE_UI_GREP=<regex> runs matching tests only (STEVEDORE_UI_EXTHOST_GREP: matching extension-host tests;
# STEVEDORE_UI_RESTRICTED_EXTHOST_GREP: those run in the Restricted Mode window, default "special files"); STEVEDORE_UI_VSIX=<file> tests that VSIX instead
# of building one; STEVEDORE_UI_SHOTS=<dir> puts the screenshots elsewhere; STEVEDORE_UI_DOCS_SHOTS=<dir> also
# copies the README's screenshots there (scripts/screenshots.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. test/ui/codeServer.sh
T0=$(date +%s)

bash test/ui/provision.sh
bash scripts/setup-engine.sh  # idempotent: an engine answers and the test image is there
VSIX=${STEVEDORE_UI_VSIX:-$ROOT/stevedore.vsix}
if [ -z "${STEVEDORE_UI_VSIX:-}" ]; then
  npm run package > /tmp/stevedore-ui-package.log 2>&1 || { cat /tmp/stevedore-ui-package.log; exit 1; }
fi
bash test/ui/vsixCheck.sh "$VSIX"
node test/ui/build.mjs

ID=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
RUN=$(mktemp -d /tmp/stevedore-ui.XXXXXX)
SHOTS=${STEVEDORE_UI_SHOTS:-$ROOT/test/ui/screenshots}
cleanup() {
  local rc=$?
  set +e
  cs_stop "$RUN"  # the driver's group (driver.pid), then the servers'
  cs_stop "$RUN/up"; cs_stop "$RUN/down"; cs_stop "$RUN/restricted"
  # The driver removes its fixtures; this catches a driver that died first. Only this run's label.
  local f="label=stevedore.ui.run=$ID" ids
  ids=$(docker ps -aq --filter "$f" 2>/dev/null) && [ -n "$ids" ] && docker rm -f -v $ids >/dev/null 2>&1
  ids=$(docker volume ls -q --filter "$f" 2>/dev/null) && [ -n "$ids" ] && docker volume rm -f $ids >/dev/null 2>&1
  ids=$(docker network ls -q --filter "$f" 2>/dev/null) && [ -n "$ids" ] && docker network rm $ids >/dev/null 2>&1
  docker rmi "stevedore-ui-$ID:latest" >/dev/null 2>&1
  [ $rc -ne 0 ] && [ -s "$RUN/up/server.log" ] && { echo "--- code-server log (tail)"; tail -20 "$RUN/up/server.log"; }
  rm -rf "$RUN"
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$SHOTS" "$RUN/ws"
rm -f "$SHOTS"/*.png "$SHOTS"/*.json
cp -r test/ui/workspace/. "$RUN/ws/"
cs_prepare "$RUN/up" "$VSIX"
cs_prepare "$RUN/down" "$VSIX"
# A Restricted Mode window (workspace trust on, the folder untrusted) for the extension-host suites that must hold
# there too (special files); started only when the run's grep can select it.
if [ -z "${STEVEDORE_UI_GREP:-}" ] || echo "extension host, Restricted Mode (ui)" | grep -Eqi -- "$STEVEDORE_UI_GREP"; then
  cs_prepare "$RUN/restricted" "$VSIX" restricted
fi
PORT_UP=$(cs_free_port)
# enable-smoke-test-driver: the workbench honours the extension-test payload and reports the exit code.
CS_EXTRA="--vscode-option enable-smoke-test-driver" cs_start "$RUN/up" "$PORT_UP" "$RUN/ws" \
  STEVEDORE_UI_ID="$ID" STEVEDORE_UI_SHOTS="$SHOTS" STEVEDORE_UI_EXTENSIONS_DIR="$RUN/up/ext" \
  STEVEDORE_UI_EXTHOST_GREP="${STEVEDORE_UI_EXTHOST_GREP:-}"
PORT_DOWN=$(cs_free_port)
cs_start "$RUN/down" "$PORT_DOWN" "$RUN/ws" DOCKER_HOST=unix:///nonexistent.sock
RESTRICTED_JSON=
if [ -d "$RUN/restricted" ]; then
  PORT_RESTRICTED=$(cs_free_port)
  CS_TRUST=1 CS_EXTRA="--vscode-option enable-smoke-test-driver" cs_start "$RUN/restricted" "$PORT_RESTRICTED" "$RUN/ws" \
    STEVEDORE_UI_ID="$ID" STEVEDORE_UI_SHOTS="$SHOTS" STEVEDORE_UI_EXTENSIONS_DIR="$RUN/restricted/ext" \
    STEVEDORE_UI_EXTHOST_GREP="${STEVEDORE_UI_RESTRICTED_EXTHOST_GREP:-special files}"
  RESTRICTED_JSON=",
    \"restricted\": { \"port\": $PORT_RESTRICTED, \"pid\": $(cat "$RUN/restricted/server.pid") }"
  echo "ui: code-server 127.0.0.1:$PORT_RESTRICTED (Restricted Mode: workspace trust on, folder untrusted)"
fi
echo "ui: code-server 127.0.0.1:$PORT_UP (engine) and 127.0.0.1:$PORT_DOWN (DOCKER_HOST=unix:///nonexistent.sock) after $(( $(date +%s) - T0 ))s"

cat > "$RUN/config.json" <<JSON
{
  "id": "$ID",
  "shots": "$SHOTS",
  "docsShots": "${STEVEDORE_UI_DOCS_SHOTS:-}",
  "workspace": "$RUN/ws",
  "workspaceSource": "$ROOT/test/ui/workspace",
  "runnerExt": "$RUN/runner-ext",
  "extensionsDir": "$RUN/up/ext",
  "exthostIndex": "$ROOT/test/ui/.run/exthost/index.js",
  "servers": {
    "up": { "port": $PORT_UP, "pid": $(cat "$RUN/up/server.pid") },
    "down": { "port": $PORT_DOWN, "pid": $(cat "$RUN/down/server.pid") }$RESTRICTED_JSON
  }
}
JSON
# Own process group: cleanup ends the driver and its Chromium by that PID even if the driver dies first.
STEVEDORE_UI_CONFIG="$RUN/config.json" XDG_CONFIG_HOME="$RUN/xdg-chromium" setsid node test/ui/.run/driver.js &
echo $! > "$RUN/driver.pid"
wait "$(cat "$RUN/driver.pid")"
echo "ui: passed in $(( $(date +%s) - T0 ))s; screenshots in test/ui/screenshots/"
