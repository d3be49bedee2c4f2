#!/usr/bin/env bash
# Two Docker Distribution registries on 127.0.0.1 for the registry tests (the engine treats 127.0.0.0/8 as an
# insecure registry, so plain HTTP works): STEVEDORE_TEST_REGISTRY (open, default 127.0.0.1:5055) and
# STEVEDORE_TEST_REGISTRY_AUTH (htpasswd basic auth, default 127.0.0.1:5056, user stevedore / stevedore-test-pw).
# Idempotent: a registry that already answers is left alone. State lives in STEVEDORE_REGISTRY_DIR.
set -euo pipefail
DIR=${STEVEDORE_REGISTRY_DIR:-/tmp/stevedore-registry}
OPEN=${STEVEDORE_TEST_REGISTRY:-127.0.0.1:5055}
AUTH=${STEVEDORE_TEST_REGISTRY_AUTH:-127.0.0.1:5056}
USER_NAME=stevedore
PASSWORD=stevedore-test-pw
REGISTRY=/usr/bin/docker-registry
[ -x "$REGISTRY" ] || { echo "setup-registry: $REGISTRY missing (apt-get install docker-registry)" >&2; exit 1; }

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$1/v2/" || true; }

start() { # name addr expected-status [auth]
  local name=$1 addr=$2 want=$3 auth=${4:-}
  [ "$(status "$addr")" = "$want" ] && return 0
  mkdir -p "$DIR/$name/data"
  {
    echo 'version: 0.1'
    echo 'log: {level: warn}'
    echo "storage: {filesystem: {rootdirectory: $DIR/$name/data}, delete: {enabled: true}, cache: {blobdescriptor: inmemory}}"
    echo "http: {addr: \"$addr\", secret: stevedore-test-$name}"
    if [ -n "$auth" ]; then echo "auth: {htpasswd: {realm: stevedore-test, path: $DIR/$name/htpasswd}}"; fi
  } >"$DIR/$name/config.yml"
  if [ -n "$auth" ]; then htpasswd -Bbn "$USER_NAME" "$PASSWORD" >"$DIR/$name/htpasswd"; fi
  echo "setup-registry: starting the $name registry on $addr"
  setsid nohup "$REGISTRY" serve "$DIR/$name/config.yml" >"$DIR/$name/registry.log" 2>&1 < /dev/null &
  for _ in $(seq 1 50); do [ "$(status "$addr")" = "$want" ] && return 0; sleep 0.2; done
  echo "setup-registry: the $name registry did not answer on $addr; see $DIR/$name/registry.log" >&2
  tail -20 "$DIR/$name/registry.log" >&2
  exit 1
}

start open "$OPEN" 200
start auth "$AUTH" 401 htpasswd
echo "setup-registry: registries up: open $OPEN, basic auth $AUTH"
