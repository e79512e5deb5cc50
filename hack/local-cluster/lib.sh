# shellcheck shell=bash
# Common settings and helpers for the local cluster harness. Sourced by cluster.sh.

KUBE_VERSION="${KUBE_VERSION:-v1.34.4}"
CNI_VERSION="${CNI_VERSION:-v1.10.0}"
COREDNS_VERSION="${COREDNS_VERSION:-v1.15.0}"

HACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$HACK_DIR/../.." && pwd)"

CACHE_ROOT="${KUBETUN_CLUSTER_CACHE:-/var/cache/kube-tun/cluster}"
CACHE="$CACHE_ROOT/$KUBE_VERSION-cni$CNI_VERSION-coredns$COREDNS_VERSION"
BIN="$CACHE/bin"
CNI_BIN="$CACHE/cni/bin"

STATE=/var/lib/kube-tun-cluster
RUN=/run/kube-tun-cluster
LOGS="$STATE/logs"
PKI="$STATE/pki"
KUBECONFIG_PATH="$STATE/kubeconfig"
CTR_SOCK="$RUN/containerd.sock"

NODE_NAME="${NODE_NAME:-kt-node}"
NODE_IP=10.250.0.1
API_PORT=6443
API_SERVER="https://$NODE_IP:$API_PORT"
POD_CIDR=10.244.0.0/24
CLUSTER_CIDR=10.244.0.0/16
SERVICE_CIDR=10.96.0.0/16
KUBERNETES_SVC_IP=10.96.0.1
DNS_IP=10.96.0.10
CLUSTER_DOMAIN=cluster.local
BRIDGE=kt-br0
BRIDGE_IP=10.244.0.1

# Laptop namespaces: no route to pods/services (kt-laptop), or routed to pods (kt-laptop-routed).
LAPTOP_NS=kt-laptop
LAPTOP_ROUTED_NS=kt-laptop-routed

# Chains the harness owns. All its rules live here; the built-in chains only jump to them.
CHAIN_FWD=KT-CLUSTER-FWD
CHAIN_OUT=KT-CLUSTER-OUT
CHAIN_NAT=KT-CLUSTER-NAT

IMAGE_PAUSE=docker.io/local/pause:3.10

log() { printf '%s\n' "$*" >&2; }

# Any failing command stops the script and names the step it belongs to.
CURRENT_STEP=
set -E
trap 'rc=$?; printf "error: %s failed (exit %s)%s\n" "$BASH_COMMAND" "$rc" "${CURRENT_STEP:+ in step: $CURRENT_STEP}" >&2; exit $rc' ERR
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# step NAME CMD...: run a step and print its duration.
step() {
	local name=$1; shift
	local t0=$EPOCHREALTIME
	printf '==> %s\n' "$name" >&2
	CURRENT_STEP=$name
	"$@"
	CURRENT_STEP=
	printf '    done in %ss: %s\n' "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')" "$name" >&2
}

# wait_for DESC TIMEOUT_SECONDS CMD...: poll CMD until it succeeds, with a deadline.
wait_for() {
	local desc=$1 timeout=$2; shift 2
	local deadline=$(( $(date +%s) + timeout ))
	until "$@" >/dev/null 2>&1; do
		if (( $(date +%s) >= deadline )); then
			log "timed out after ${timeout}s waiting for: $desc"
			return 1
		fi
		sleep 0.2
	done
}
