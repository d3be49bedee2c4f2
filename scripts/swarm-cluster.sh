#!/usr/bin/env bash
# A real swarm on this machine, never on the shared engine (/var/run/docker.sock stays out of swarm mode).
#
#   swarm-cluster.sh up   [DIR]   start the cluster and print its facts as KEY=value lines (see below)
#   swarm-cluster.sh down [DIR]   stop every daemon, containerd, namespace, link and directory it made
#   swarm-cluster.sh kill N [DIR] kill -9 node N's dockerd (N = 1 manager, 2 and 3 workers)
#
# Multi-node: three private dockerd (own unix socket, data-root, exec-root, pidfile, no iptables), each in its
# own network namespace, joined by veth pairs to a bridge in the root namespace on 10.231.77.0/24; node 1 inits
# the swarm and nodes 2 and 3 join as workers with the real worker token. Where network namespaces are not
# allowed, one private dockerd runs a single-node swarm instead. Printed facts:
#   STV_SWARM_MODE=multi|single  STV_SWARM_DIR=…  STV_SWARM_NODE1=unix://…  (…NODE2, NODE3 in multi mode)
# The test image is loaded from the shared engine into every node (no registry needed).
set -euo pipefail
cmd=${1:-}
DIR=${STV_SWARM_DIR:-/tmp/stv-swarm}
[ "$cmd" = kill ] && DIR=${3:-$DIR} || DIR=${2:-$DIR}
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
TEST_IMAGE=${STEVEDORE_TEST_IMAGE:-stevedore-test/busybox:latest}
BR=stvswbr0
NET=10.231.77
NODES=(1 2 3)

ns() { echo "stvsw$1"; }
sock() { echo "$DIR/n$1/d.sock"; }
say() { echo "swarm-cluster: $*" >&2; }

node_up() { curl -fsS --max-time 2 --unix-socket "$(sock "$1")" http://localhost/_ping >/dev/null 2>&1; }

start_dockerd() { # N [netns]
  local n=$1 d="$DIR/n$1" pre=()
  # nsenter, not `ip netns exec`: that one remounts /sys and hides the cgroup mounts dockerd needs
  # and its own hostname (own UTS namespace), so the nodes are told apart by name
  [ -n "${2:-}" ] && pre=(nsenter "--net=/run/netns/$2" unshare --uts sh -c 'hostname "$0" && exec "$@"' "stv-node$n")
  mkdir -p "$d"
  # own bridge name inside its namespace; single mode shares the root namespace, so a bridge link of its own:
  # dockerd with --bridge=none (or the default name) would delete or take the shared engine's docker0
  local bridge=()
  if [ -z "${2:-}" ]; then
    ip link show "${BR}s" >/dev/null 2>&1 || { ip link add "${BR}s" type bridge && ip addr add 10.231.78.1/24 dev "${BR}s"; }
    bridge=(--bridge="${BR}s")
  fi
  setsid "${pre[@]}" dockerd --host="unix://$(sock "$n")" --data-root="$d/root" --exec-root="$d/exec" \
    --pidfile="$d/d.pid" --iptables=false --ip6tables=false "${bridge[@]}" \
    --containerd-namespace="stvsw$n" --containerd-plugins-namespace="stvsw${n}p" \
    >"$d/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 80); do node_up "$n" && return 0; sleep 0.25; done
  say "node $n's dockerd did not come up; the end of $d/dockerd.log:"
  tail -20 "$d/dockerd.log" >&2
  return 1
}

load_image() { "$DOCKER" save "$TEST_IMAGE" | "$DOCKER" -H "unix://$(sock "$1")" load -q >/dev/null; }

stop_node() { # N: dockerd, then what a killed dockerd leaves behind (its containerd and the tasks' shims)
  local d="$DIR/n$1" pid
  if [ -f "$d/d.pid" ]; then
    pid=$(cat "$d/d.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  local cs="$d/exec/containerd/containerd.sock" cpid="$d/exec/containerd/containerd.pid"
  if [ -S "$cs" ] && command -v ctr >/dev/null; then
    for t in $(ctr --address "$cs" -n "stvsw$1" tasks ls -q 2>/dev/null || true); do
      ctr --address "$cs" -n "stvsw$1" tasks kill -s SIGKILL "$t" >/dev/null 2>&1 || true
    done
    sleep 0.5
    for t in $(ctr --address "$cs" -n "stvsw$1" tasks ls -q 2>/dev/null || true); do
      ctr --address "$cs" -n "stvsw$1" tasks delete -f "$t" >/dev/null 2>&1 || true
    done
  fi
  if [ -f "$cpid" ]; then
    pid=$(cat "$cpid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  # overlay and bind mounts under the data root must go before the directory can
  { grep -o " $d/[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
}

down() {
  for n in "${NODES[@]}"; do stop_node "$n"; done
  for n in "${NODES[@]}"; do
    { ip netns pids "$(ns "$n")" 2>/dev/null || true; } | while read -r p; do kill -9 "$p" 2>/dev/null || true; done
    ip netns del "$(ns "$n")" 2>/dev/null || true
    ip link del "stvsw${n}h" 2>/dev/null || true
  done
  ip link del "$BR" 2>/dev/null || true
  ip link del "${BR}s" 2>/dev/null || true
  rm -rf "$DIR"
}

netns_allowed() {
  ip netns add stvswprobe >/dev/null 2>&1 || return 1
  ip netns del stvswprobe >/dev/null 2>&1
  ip link add stvswprobe type bridge >/dev/null 2>&1 || return 1
  ip link del stvswprobe >/dev/null 2>&1
}

up_multi() {
  ip link add "$BR" type bridge
  ip addr add "$NET.1/24" dev "$BR"
  ip link set "$BR" up
  for n in "${NODES[@]}"; do
    local x; x=$(ns "$n")
    ip netns add "$x"
    ip link add "stvsw${n}h" type veth peer name "stvsw${n}c"
    ip link set "stvsw${n}h" master "$BR" up
    ip link set "stvsw${n}c" netns "$x"
    ip -n "$x" link set "stvsw${n}c" name eth0
    ip -n "$x" addr add "$NET.1$n/24" dev eth0
    ip -n "$x" link set eth0 up
    ip -n "$x" link set lo up
    # no default route: an image pull fails at once (network unreachable) and the node runs its loaded copy
  done
  for n in "${NODES[@]}"; do start_dockerd "$n" "$(ns "$n")" & done
  wait
  for n in "${NODES[@]}"; do node_up "$n" || return 1; done
  for n in "${NODES[@]}"; do load_image "$n" & done
  wait
  "$DOCKER" -H "unix://$(sock 1)" swarm init --advertise-addr "$NET.11" --listen-addr "$NET.11:2377" --dispatcher-heartbeat 1s >/dev/null
  local token; token=$("$DOCKER" -H "unix://$(sock 1)" swarm join-token -q worker)
  for n in 2 3; do
    "$DOCKER" -H "unix://$(sock "$n")" swarm join --token "$token" --advertise-addr "$NET.1$n" "$NET.11:2377" >/dev/null
  done
  echo "STV_SWARM_MODE=multi"
  echo "STV_SWARM_DIR=$DIR"
  for n in "${NODES[@]}"; do echo "STV_SWARM_NODE$n=unix://$(sock "$n")"; done
}

up_single() {
  start_dockerd 1
  load_image 1
  # loopback only, on a port of its own: this one shares the machine's network namespace
  "$DOCKER" -H "unix://$(sock 1)" swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:23770 >/dev/null
  echo "STV_SWARM_MODE=single"
  echo "STV_SWARM_DIR=$DIR"
  echo "STV_SWARM_NODE1=unix://$(sock 1)"
}

case "$cmd" in
  up)
    [ "$(id -u)" = 0 ] || { say "run as root: private dockerd and network namespaces need it"; exit 1; }
    down # whatever an earlier run left
    trap 'say "start failed; cleaning up"; down' ERR
    mkdir -p "$DIR"
    if [ "${STV_SWARM_SINGLE:-}" != 1 ] && netns_allowed; then
      say "network namespaces allowed: three nodes (one manager, two workers)"
      up_multi
    else
      [ "${STV_SWARM_SINGLE:-}" = 1 ] && say "STV_SWARM_SINGLE=1: a single-node swarm on one private dockerd" ||
        say "network namespaces not allowed here: a single-node swarm on one private dockerd"
      up_single
    fi
    trap - ERR
    ;;
  down) down ;;
  kill)
    n=${2:?node number}
    kill -9 "$(cat "$DIR/n$n/d.pid")"
    ;;
  *)
    echo "usage: $0 up|down [DIR] | kill N [DIR]" >&2
    exit 2
    ;;
esac
