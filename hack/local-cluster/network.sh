# shellcheck shell=bash
# Host networking of the local cluster: node address, sysctls, guard chains and the
# "laptop" namespaces, with their teardown. Sourced by cluster.sh.

# Sysctls the cluster (or the kubelet/kube-proxy) may change. Their values before the first
# `up` are saved and restored by `down`.
SYSCTLS=(
	net.ipv4.ip_forward
	net.bridge.bridge-nf-call-iptables
	net.bridge.bridge-nf-call-ip6tables
	net.ipv4.conf.all.route_localnet
	vm.overcommit_memory
	vm.panic_on_oom
	kernel.panic
	kernel.panic_on_oops
	kernel.keys.root_maxkeys
	kernel.keys.root_maxbytes
)
SYSCTL_SAVE="$STATE/sysctl.orig"

LAPTOP_HOST_IF=kt-lap0
LAPTOP_HOST_IP=10.250.1.1
LAPTOP_NS_IP=10.250.1.2
LAPTOP_NET=10.250.1.0/30
ROUTED_HOST_IF=kt-lapr0
ROUTED_HOST_IP=10.250.2.1
ROUTED_NS_IP=10.250.2.2
ROUTED_NET=10.250.2.0/30

save_sysctls() {
	[[ -s $SYSCTL_SAVE ]] && return 0
	local k v
	for k in "${SYSCTLS[@]}"; do
		if v=$(sysctl -n "$k" 2>/dev/null); then echo "$k=$v"; fi
	done >"$SYSCTL_SAVE.tmp"
	mv "$SYSCTL_SAVE.tmp" "$SYSCTL_SAVE"
}

restore_sysctls() {
	[[ -s $SYSCTL_SAVE ]] || return 0
	local kv
	while read -r kv; do
		[[ -n $kv ]] && sysctl -q -w "$kv" >/dev/null 2>&1 || true
	done <"$SYSCTL_SAVE"
	rm -f "$SYSCTL_SAVE"
}

setup_host_network() {
	save_sysctls
	sysctl -q -w net.ipv4.ip_forward=1
	sysctl -q -w net.bridge.bridge-nf-call-iptables=1
	sysctl -q -w net.bridge.bridge-nf-call-ip6tables=1
	ip addr replace "$NODE_IP/32" dev lo
	setup_guards
}

# ipt TABLE ARGS...: iptables with the xtables lock wait.
ipt() { local t=$1; shift; iptables -w 5 -t "$t" "$@"; }

# ensure_jump TABLE BUILTIN CHAIN: create CHAIN (flushed) and jump to it first from BUILTIN.
ensure_chain() {
	local t=$1 builtin=$2 chain=$3
	ipt "$t" -N "$chain" 2>/dev/null || ipt "$t" -F "$chain"
	ipt "$t" -C "$builtin" -j "$chain" 2>/dev/null || ipt "$t" -I "$builtin" 1 -j "$chain"
}

# setup_guards installs the rules that keep every packet of the cluster on this machine.
setup_guards() {
	ensure_chain filter FORWARD "$CHAIN_FWD"
	local f=(ipt filter -A "$CHAIN_FWD")
	# The unrouted laptop reaches the API server (local delivery, not forwarded) only.
	"${f[@]}" -s "$LAPTOP_NET" -j REJECT --reject-with icmp-net-prohibited
	# Pod-to-pod on the bridge, and whatever the host or the routed laptop sends to pods.
	"${f[@]}" -o "$BRIDGE" -d "$CLUSTER_CIDR" -j ACCEPT
	"${f[@]}" -s "$POD_CIDR" -d "$ROUTED_NET" -o "$ROUTED_HOST_IF" -j ACCEPT
	"${f[@]}" -s "$ROUTED_NET" -d "$CLUSTER_CIDR" -o "$BRIDGE" -j ACCEPT
	# Nothing else from pods or laptops is forwarded: no default route off the machine.
	"${f[@]}" -s "$CLUSTER_CIDR" -j REJECT --reject-with icmp-net-prohibited
	"${f[@]}" -s "$ROUTED_NET" -j REJECT --reject-with icmp-net-prohibited
	"${f[@]}" -d "$CLUSTER_CIDR" -j REJECT --reject-with icmp-net-prohibited
	# Host-originated traffic to the cluster ranges: allocated ClusterIPs were already
	# DNATed by kube-proxy (nat OUTPUT runs first), so only unallocated ones match here.
	ensure_chain filter OUTPUT "$CHAIN_OUT"
	ipt filter -A "$CHAIN_OUT" -d "$SERVICE_CIDR" -j REJECT --reject-with icmp-net-prohibited
	# In OUTPUT, -o is the interface routed to before kube-proxy's DNAT (iptables-nft keeps
	# the hook's device), so DNATed service traffic is exempt by conntrack state.
	ipt filter -A "$CHAIN_OUT" -d "$CLUSTER_CIDR" ! -o "$BRIDGE" -m conntrack ! --ctstate DNAT -j REJECT --reject-with icmp-net-prohibited
}

# cleanup_iptables removes every chain of the cluster (ours, kube-proxy's, the kubelet's and
# the CNI plugins') from iptables and ip6tables, with the jumps to them.
cleanup_iptables() {
	local cmd t rule chain
	for cmd in iptables ip6tables; do
		command -v "$cmd" >/dev/null || continue
		for t in filter nat mangle raw; do
			"$cmd" -w 5 -t "$t" -S >/dev/null 2>&1 || continue
			# Rules in any chain that jump to a cluster chain.
			"$cmd" -w 5 -t "$t" -S | grep -E -- '^-A .* -j (KUBE-|CNI-|KT-CLUSTER-)' | sed 's/^-A /-D /' |
				while read -r rule; do eval "$cmd -w 5 -t $t $rule" 2>/dev/null || true; done || true
			for chain in $("$cmd" -w 5 -t "$t" -S | awk '/^-N (KUBE-|CNI-|KT-CLUSTER-)/{print $2}'); do
				"$cmd" -w 5 -t "$t" -F "$chain" 2>/dev/null || true
			done
			for chain in $("$cmd" -w 5 -t "$t" -S | awk '/^-N (KUBE-|CNI-|KT-CLUSTER-)/{print $2}'); do
				"$cmd" -w 5 -t "$t" -X "$chain" 2>/dev/null || true
			done
		done
	done
}

netns_exists() { [[ -e /run/netns/$1 ]]; }

# setup_laptop NS HOSTIF HOSTIP NSIP ROUTES...: a namespace on a veth to the host.
setup_laptop_ns() {
	local ns=$1 hif=$2 hip=$3 nsip=$4; shift 4
	netns_exists "$ns" || ip netns add "$ns"
	if ! ip link show "$hif" >/dev/null 2>&1; then
		ip link add "$hif" type veth peer name eth0 netns "$ns"
	fi
	ip addr replace "$hip/30" dev "$hif"
	ip link set "$hif" up
	ip -n "$ns" link set lo up
	ip -n "$ns" addr replace "$nsip/30" dev eth0
	ip -n "$ns" link set eth0 up
	local r
	for r in "$@"; do ip -n "$ns" route replace "$r" via "$hip" dev eth0; done
	mkdir -p "/etc/netns/$ns"
	# Nothing listens on 127.0.0.53 inside the namespace: names fail fast, as on a laptop
	# whose resolver knows nothing of the cluster.
	[[ -s /etc/netns/$ns/resolv.conf ]] || printf 'nameserver 127.0.0.53\noptions timeout:1 attempts:1\n' >"/etc/netns/$ns/resolv.conf"
	[[ -s /etc/netns/$ns/hosts ]] || printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"/etc/netns/$ns/hosts"
}

setup_laptops() {
	setup_laptop_ns "$LAPTOP_NS" "$LAPTOP_HOST_IF" "$LAPTOP_HOST_IP" "$LAPTOP_NS_IP" "$NODE_IP/32"
	setup_laptop_ns "$LAPTOP_ROUTED_NS" "$ROUTED_HOST_IF" "$ROUTED_HOST_IP" "$ROUTED_NS_IP" "$NODE_IP/32" "$CLUSTER_CIDR"
}

teardown_laptops() {
	local ns
	for ns in "$LAPTOP_NS" "$LAPTOP_ROUTED_NS"; do
		if netns_exists "$ns"; then
			# Processes left in the namespace (a forgotten laptop-shell, a test's kube-tun).
			local pids
			pids=$(ip netns pids "$ns" 2>/dev/null || true)
			if [[ -n $pids ]]; then
				log "    killing processes left in netns $ns: $pids"
				# shellcheck disable=SC2086
				kill -9 $pids 2>/dev/null || true
			fi
			ip netns delete "$ns" 2>/dev/null || true
		fi
		rm -rf "/etc/netns/$ns"
	done
	ip link del "$LAPTOP_HOST_IF" 2>/dev/null || true
	ip link del "$ROUTED_HOST_IF" 2>/dev/null || true
}

teardown_host_network() {
	ip link del "$BRIDGE" 2>/dev/null || true
	ip addr del "$NODE_IP/32" dev lo 2>/dev/null || true
	cleanup_iptables
	restore_sysctls
}
