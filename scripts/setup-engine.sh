#!/usr/bin/env bash
# Make sure a Docker engine answers and the FROM-scratch test image exists. Idempotent.
# Installs docker.io, docker-compose, busybox-static, openssh-server, podman and docker-registry from the system's packages
# when missing, starts dockerd when no engine answers, waits for the socket, builds stevedore-test/busybox:latest, and
# starts two registries on loopback (scripts/setup-registry.sh): an open one and one with htpasswd basic auth.
set -euo pipefail
SOCK=/var/run/docker.sock
TEST_IMAGE=${STEVEDORE_TEST_IMAGE:-stevedore-test/busybox:latest}
DOCKER=/usr/bin/docker; [ -x "$DOCKER" ] || DOCKER=docker

need=()
[ -x /usr/bin/dockerd ] || command -v dockerd >/dev/null || need+=(docker.io)
command -v docker-compose >/dev/null || need+=(docker-compose)
[ -x /bin/busybox ] || need+=(busybox-static)
# the ssh:// transport tests run their own sshd on loopback (own port, keys and config)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
# the Podman tests run a private `podman system service` (own root, runroot, tmpdir and socket)
[ -x /usr/bin/podman ] || need+=(podman)
command -v openssl >/dev/null || need+=(openssl)
# the registry tests push and pull through Docker Distribution 2.8 (open, and with basic auth from an htpasswd file)
[ -x /usr/bin/docker-registry ] || need+=(docker-registry)
command -v htpasswd >/dev/null || need+=(apache2-utils)
# the Python debug test runs debugpy in a container built from this machine's python3
[ -d /usr/lib/python3/dist-packages/debugpy ] || need+=(python3-debugpy)
# the engine check below and the bridge repair use curl and ip
command -v curl >/dev/null || need+=(curl)
command -v ip >/dev/null || need+=(iproute2)
# the swarm harness (scripts/swarm-cluster.sh) enters network namespaces with nsenter/unshare and cleans up with ctr
command -v nsenter >/dev/null && command -v unshare >/dev/null || need+=(util-linux)
command -v ctr >/dev/null || need+=(containerd)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-engine: installing ${need[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

engine_up() { curl -fsS --max-time 3 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }
if [ -n "${DOCKER_HOST:-}" ]; then
  # An engine chosen through DOCKER_HOST is the user's: use it, never start a local one in its place.
  engine_up() { "$DOCKER" version --format '{{.Server.APIVersion}}' >/dev/null 2>&1; }
  engine_up || { echo "setup-engine: no Docker engine answers at DOCKER_HOST=$DOCKER_HOST; start it or unset DOCKER_HOST" >&2; exit 1; }
fi
if ! engine_up; then
  echo "setup-engine: starting dockerd"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO sh -c 'nohup dockerd --iptables=false --ip6tables=false >/tmp/dockerd.log 2>&1 &'
  for _ in $(seq 1 60); do engine_up && break; sleep 0.5; done
  engine_up || { echo "setup-engine: dockerd did not come up; see /tmp/dockerd.log" >&2; tail -20 /tmp/dockerd.log >&2; exit 1; }
fi

# The default bridge network needs its docker0 link; something outside dockerd (another network
# manager, a stopped daemon sharing the name) can remove it. Recreate it as dockerd configured it.
if [ -z "${DOCKER_HOST:-}" ] && ! ip link show docker0 >/dev/null 2>&1; then
  subnet=$("$DOCKER" network inspect bridge --format '{{range .IPAM.Config}}{{.Gateway}} {{.Subnet}}{{end}}' 2>/dev/null || true)
  gw=${subnet%% *}; net=${subnet##* }
  [ -n "$gw" ] && [ "$gw" != "$net" ] || gw=172.17.0.1; [ -n "$net" ] || net=172.17.0.0/16
  echo "setup-engine: recreating the docker0 bridge ($gw/${net#*/})"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO ip link add docker0 type bridge && $SUDO ip addr add "$gw/${net#*/}" dev docker0 && $SUDO ip link set docker0 up
fi

if ! "$DOCKER" image inspect "$TEST_IMAGE" >/dev/null 2>&1; then
  echo "setup-engine: building $TEST_IMAGE from scratch"
  ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox","--install","-s","/bin"]
EXPOSE 8080
CMD ["sh"]
DOCKERFILE
  DOCKER_BUILDKIT=0 "$DOCKER" build -q -t "$TEST_IMAGE" --label stevedore.test=1 "$ctx" >/dev/null
  rm -rf "$ctx"
fi
echo "setup-engine: engine up ($("$DOCKER" version --format '{{.Server.Version}} API {{.Server.APIVersion}}')), test image $TEST_IMAGE"
bash "$(dirname "$0")/setup-registry.sh"
