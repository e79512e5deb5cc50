#!/usr/bin/env bash
# cluster.sh: kube-tun's local single-node Kubernetes cluster, built from source.
#
#   cluster.sh up            build (cached), start and deploy; idempotent
#   cluster.sh down          stop and remove everything up created; idempotent
#   cluster.sh status        component health
#   cluster.sh images        rebuild the images and import them into the cluster
#   cluster.sh laptop-shell [--routed] [CMD...]   a shell (or CMD) in the laptop namespace
#   cluster.sh restart-apiserver   stop kube-apiserver and start it again (fault tests)
#   cluster.sh restart-kubelet     stop the kubelet and start it again (containers keep running)
#
# See hack/local-cluster/README.md.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
# shellcheck source=pki.sh
source "$HERE/pki.sh"
# shellcheck source=network.sh
source "$HERE/network.sh"
# shellcheck source=components.sh
source "$HERE/components.sh"
# shellcheck source=teardown.sh
source "$HERE/teardown.sh"

IMAGES_DIR="$CACHE_ROOT/images"

need_root() { [[ $(id -u) == 0 ]] || die "run as root (the cluster needs network namespaces, iptables and mounts)"; }

# ensure_packages installs the Debian packages whose commands are missing.
ensure_packages() {
	command -v go >/dev/null || die "Go is needed to build the cluster (go 1.26+ in PATH, e.g. export PATH=/usr/local/go/bin:\$PATH)"
	local -A pkg=(
		[containerd]=containerd [runc]=runc [etcd]=etcd-server [iptables]=iptables [ip]=iproute2 [ss]=iproute2
		[conntrack]=conntrack [openssl]=openssl [curl]=curl [nsenter]=util-linux [ldd]=libc-bin [socat]=socat
	)
	local missing=() c
	for c in "${!pkg[@]}"; do command -v "$c" >/dev/null || missing+=("${pkg[$c]}"); done
	[[ -x /bin/busybox ]] && ! ldd /bin/busybox >/dev/null 2>&1 || missing+=(busybox-static)
	((${#missing[@]})) || return 0
	mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
	log "    installing: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null ||
		{ apt-get update -qq && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; } ||
		die "apt-get install ${missing[*]} failed"
}

# check_kernel fails with advice when a kernel feature the cluster needs is missing.
check_kernel() {
	[[ -e /proc/self/ns/net ]] || die "kernel without network namespaces (CONFIG_NET_NS)"
	grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null || true
	grep -qw overlay /proc/filesystems || die "kernel without overlayfs (modprobe overlay failed): containerd's snapshotter needs it"
	[[ -d /proc/sys/net/bridge ]] || modprobe br_netfilter 2>/dev/null || true
	[[ -d /proc/sys/net/bridge ]] || die "kernel without br_netfilter (modprobe br_netfilter failed): Services between pods on the bridge need it"
	iptables -w 5 -t nat -S >/dev/null 2>&1 || die "iptables nat table unusable (kernel nf_tables/nat missing?): $(iptables -t nat -S 2>&1 | head -1)"
	if ! ip link show kt-probe0 >/dev/null 2>&1; then
		ip link add kt-probe0 type veth peer name kt-probe1 2>/dev/null || die "kernel without veth links (CONFIG_VETH)"
		ip link del kt-probe0
	fi
	ip link add kt-probebr type bridge 2>/dev/null && ip link del kt-probebr || ip link show kt-probebr >/dev/null 2>&1 ||
		die "kernel without bridge links (CONFIG_BRIDGE)"
	[[ -d /sys/fs/cgroup/memory || -f /sys/fs/cgroup/cgroup.controllers ]] || die "no memory cgroup mounted under /sys/fs/cgroup"
	local n=${NODE_IP}
	if ip -br addr | grep -v '^lo ' | grep -q " $n/"; then
		die "$n is already assigned to another interface; the cluster needs it on lo"
	fi
}

build_agent() {
	compgen -G "$REPO_DIR/cmd/kube-tun/*.go" >/dev/null || return 0
	(cd "$REPO_DIR" && CGO_ENABLED=0 go build -trimpath -o bin/kube-tun ./cmd/kube-tun &&
		CGO_ENABLED=0 go build -trimpath -o bin/kube-tun-agent ./cmd/kube-tun-agent) ||
		log "warning: building bin/kube-tun or bin/kube-tun-agent failed; the agent image uses the previous binaries if any"
}

# images builds the image tarballs and imports them into the cluster's containerd.
images() {
	running containerd >/dev/null || die "containerd is not running: run 'make cluster-up' first"
	mkdir -p "$IMAGES_DIR/bin"
	build_agent
	(cd "$REPO_DIR" && CGO_ENABLED=0 go build -trimpath -o "$IMAGES_DIR/bin/" ./e2e/workloads/kt-echo ./hack/images/pause ./hack/images) ||
		die "building the image programs failed"
	local out
	out=$("$IMAGES_DIR/bin/images" -out "$IMAGES_DIR/tar" -bin "$IMAGES_DIR/bin" -agent "$REPO_DIR/bin/kube-tun" -agent-bin "$REPO_DIR/bin/kube-tun-agent" -coredns "$BIN/coredns") ||
		die "building the images failed"
	local ref file before after changed=()
	while read -r ref file; do
		before=$(image_digest "$ref")
		ctr -a "$CTR_SOCK" -n k8s.io images import "$file" >/dev/null || die "import $file failed"
		after=$(image_digest "$ref")
		if [[ -n $before && $before != "$after" ]]; then
			changed+=("$ref")
			log "    $ref (changed)"
		else
			log "    $ref"
		fi
	done <<<"$out"
	restart_changed "${changed[@]}"
}

image_digest() { ctr -a "$CTR_SOCK" -n k8s.io images ls 2>/dev/null | awk -v r="$1" '$1 == r {print $3}'; }

# restart_changed restarts the deployed pods whose image was just replaced.
restart_changed() {
	(($#)) && running kubelet >/dev/null && kubectl_ get --raw /readyz >/dev/null 2>&1 || return 0
	local ref workloads=false
	for ref in "$@"; do
		case $ref in
		*/coredns:*)
			kubectl_ -n kube-system rollout restart deployment/coredns >/dev/null
			deploy_coredns
			;;
		*/kt-echo:* | */toolbox:*)
			$workloads && continue
			workloads=true
			kubectl_ -n kt-e2e delete pod envfiles echo-pod --ignore-not-found --wait=true >/dev/null
			kubectl_ -n kt-e2e rollout restart deployment/echo statefulset/echo-sts >/dev/null
			kubectl_ -n kt-e2e-other rollout restart deployment/echo >/dev/null
			deploy_workloads
			;;
		esac
	done
}

# images_for_up imports the image tarballs of an earlier build when none of their sources
# changed since, and builds them otherwise (`cluster.sh images` always builds).
images_for_up() {
	local t oldest=""
	for t in pause kt-echo toolbox coredns; do
		[[ -s $IMAGES_DIR/tar/$t.tar ]] || { images; return; }
		if [[ -z $oldest || $IMAGES_DIR/tar/$t.tar -ot $oldest ]]; then oldest=$IMAGES_DIR/tar/$t.tar; fi
	done
	local srcs=("$REPO_DIR/e2e/workloads" "$REPO_DIR/hack/images" "$BIN/coredns")
	[[ -e $REPO_DIR/bin/kube-tun ]] && srcs+=("$REPO_DIR/bin/kube-tun")
	local rebuild=false
	if [[ -n $(find "${srcs[@]}" -newer "$oldest" -print -quit) ]]; then rebuild=true; fi
	if [[ -e $REPO_DIR/bin/kube-tun && ! -s $IMAGES_DIR/tar/kube-tun.tar ]]; then rebuild=true; fi
	if $rebuild; then
		images
		return
	fi
	local f
	for f in "$IMAGES_DIR"/tar/*.tar; do
		ctr -a "$CTR_SOCK" -n k8s.io images import "$f" >/dev/null || die "import $f failed"
		log "    imported $(basename "$f") (unchanged sources; 'make images' rebuilds)"
	done
}

wait_node_ready() {
	wait_for "node $NODE_NAME registered" 60 kubectl_ get node "$NODE_NAME"
	kubectl_ wait --for=condition=Ready "node/$NODE_NAME" --timeout=90s >/dev/null
}

deploy_coredns() {
	kubectl_ apply -f "$HERE/manifests/coredns.yaml" >/dev/null
	kubectl_ -n kube-system rollout status deployment/coredns --timeout=120s >/dev/null
}

deploy_workloads() {
	wait_for "default service account" 60 kubectl_ -n default get serviceaccount default
	kubectl_ apply -f "$HERE/manifests/workloads.yaml" >/dev/null
	local d
	for d in kt-e2e/deployment/echo kt-e2e/statefulset/echo-sts kt-e2e-other/deployment/echo; do
		kubectl_ -n "${d%%/*}" rollout status "${d#*/}" --timeout=120s >/dev/null
	done
	kubectl_ -n kt-e2e wait --for=condition=Ready pod/envfiles pod/echo-pod --timeout=120s >/dev/null
}

# smoke checks that DNS answers through the kube-dns ClusterIP from the host.
smoke() {
	wait_for "kube-dns answers echo.kt-e2e.svc.cluster.local" 30 \
		bash -c "dig +short +time=1 +tries=1 @$DNS_IP echo.kt-e2e.svc.$CLUSTER_DOMAIN | grep -q ."
	wait_for "echo Service answers from the host" 30 \
		bash -c "curl -fsS --max-time 2 http://\$(\"$BIN/kubectl\" --kubeconfig $KUBECONFIG_PATH -n kt-e2e get svc echo -o jsonpath='{.spec.clusterIP}')/ | grep -q '\"pod\"'"
}

record_var_log() {
	local d
	for d in /var/log/pods /var/log/containers; do
		[[ -e $d || -e $STATE/created-${d//\//_} ]] || { mkdir -p "$d" && touch "$STATE/created-${d//\//_}"; }
	done
}

cmd_up() {
	need_root
	local t0=$EPOCHREALTIME
	mkdir -p "$STATE" "$RUN" "$LOGS"
	step "install missing Debian packages" ensure_packages
	step "check kernel features" check_kernel
	command -v dig >/dev/null || step "install dnsutils" apt-get install -y --no-install-recommends dnsutils
	step "build binaries (cache $CACHE)" "$HERE/build.sh" all
	step "certificates and kubeconfigs" make_pki
	step "host network: $NODE_IP on lo, sysctls, guard rules" setup_host_network
	record_var_log
	step "etcd" start_etcd
	step "kube-apiserver" start_apiserver
	step "kube-controller-manager" start_controller_manager
	step "kube-scheduler" start_scheduler
	step "containerd ($CTR_SOCK)" start_containerd
	step "images" images_for_up
	step "kubelet" start_kubelet
	step "kube-proxy" start_kube_proxy
	step "node Ready" wait_node_ready
	step "CoreDNS" deploy_coredns
	step "test workloads (kt-e2e, kt-e2e-other)" deploy_workloads
	step "laptop namespaces $LAPTOP_NS, $LAPTOP_ROUTED_NS" setup_laptops
	step "smoke checks (DNS, ClusterIP from the host)" smoke
	printf 'cluster up in %ss\n' "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')" >&2
	printf 'kubeconfig: %s\n' "$KUBECONFIG_PATH"
	printf '  export KUBECONFIG=%s\n  make laptop-shell   # a shell that reaches the API server only\n' "$KUBECONFIG_PATH" >&2
}

cmd_down() {
	need_root
	local t0=$EPOCHREALTIME
	step "stop kubelet" stop kubelet
	step "remove containers" remove_containers
	local c
	for c in containerd kube-proxy kube-scheduler kube-controller-manager kube-apiserver etcd; do
		step "stop $c" stop "$c"
	done
	step "kill leftover processes" kill_leftover_processes
	step "unmount" unmount_all
	step "remove cgroups" remove_cgroups
	step "laptop namespaces" teardown_laptops
	step "host network, iptables, sysctls" teardown_host_network
	local d
	for d in /var/log/pods /var/log/containers; do
		if [[ -e $STATE/created-${d//\//_} ]]; then rm -rf "$d"; fi
	done
	rm -rf /var/lib/cni/results/kt-pods-* 2>/dev/null || true
	if [[ -n $(our_mounts) ]]; then
		log "warning: mounts remain under $STATE or $RUN; not deleting them"
	else
		rm -rf "$STATE" "$RUN"
	fi
	printf 'cluster down in %ss (build cache kept in %s)\n' "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')" "$CACHE_ROOT" >&2
}

cmd_status() {
	trap - ERR
	set +e
	local c pid ok=0
	for c in "${COMPONENTS[@]}"; do
		if pid=$(running "$c"); then
			printf '%-24s running (pid %s, rss %s MiB)\n' "$c" "$pid" "$(($(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024))"
		else
			printf '%-24s stopped\n' "$c"
			ok=1
		fi
	done
	if running kube-apiserver >/dev/null && kubectl_ get --raw /readyz >/dev/null 2>&1; then
		echo "apiserver                ready ($API_SERVER)"
		kubectl_ get nodes -o wide 2>/dev/null | sed 's/^/  /'
		kubectl_ get pods -A -o wide 2>/dev/null | sed 's/^/  /'
	else
		echo "apiserver                not ready"
		ok=1
	fi
	local ns
	for ns in "$LAPTOP_NS" "$LAPTOP_ROUTED_NS"; do
		if netns_exists "$ns"; then echo "netns $ns present"; else echo "netns $ns missing"; ok=1; fi
	done
	echo "kubeconfig: $KUBECONFIG_PATH"
	return $ok
}

cmd_laptop_shell() {
	local ns=$LAPTOP_NS
	if [[ ${1:-} == --routed ]]; then ns=$LAPTOP_ROUTED_NS; shift; fi
	netns_exists "$ns" || die "netns $ns does not exist: run 'make cluster-up' first"
	if (($#)); then
		exec ip netns exec "$ns" env KUBECONFIG="$KUBECONFIG_PATH" "$@"
	fi
	log "entering netns $ns (KUBECONFIG=$KUBECONFIG_PATH); exit to leave"
	exec ip netns exec "$ns" env KUBECONFIG="$KUBECONFIG_PATH" PS1="[$ns] \\w# " bash --norc -i
}

# cmd_restart NAME: stop a running component and start it as up does, waiting until it
# serves again. The reliability tests use it to restart the API server or the kubelet
# under a live session.
cmd_restart() {
	need_root
	# Don't hand inherited descriptors (such as the e2e tests' flock on /tmp/kt-e2e.lock)
	# to the long-lived component: it would hold them after we exit.
	local fd
	for fd in /proc/$$/fd/*; do
		fd=${fd##*/}
		((fd > 2)) && [[ $fd != 255 ]] && eval "exec $fd>&-" 2>/dev/null || true
	done
	case $1 in
	apiserver)
		step "stop kube-apiserver" stop kube-apiserver
		step "start kube-apiserver" start_apiserver
		;;
	kubelet)
		step "stop kubelet" stop kubelet
		step "start kubelet" start_kubelet
		wait_for "kubelet healthz" 60 curl -fsS http://127.0.0.1:10248/healthz
		wait_node_ready
		;;
	esac
}

case ${1:-} in
up) cmd_up ;;
down) cmd_down ;;
status) cmd_status ;;
images) need_root; step "images" images ;;
laptop-shell) shift; need_root; cmd_laptop_shell "$@" ;;
restart-apiserver) cmd_restart apiserver ;;
restart-kubelet) cmd_restart kubelet ;;
kubectl) shift; exec "$BIN/kubectl" --kubeconfig "$KUBECONFIG_PATH" "$@" ;; # the kubectl it built
*) die "usage: cluster.sh up|down|status|images|laptop-shell [--routed] [CMD...]|restart-apiserver|restart-kubelet|kubectl ARGS..." ;;
esac
