#!/usr/bin/env bash
# test-down.sh: checks that `cluster.sh down` leaves no process, iptables chain, mount,
# link, address, netns or sysctl change behind, and that up/down are idempotent.
#
#   test-down.sh [--restore]
#
# It runs: down, snapshot, up, up again (idempotent), down, down again (idempotent),
# snapshot, and compares the snapshots. With --restore it brings the cluster up again at
# the end. Exit status 0 means clean.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
restore=false
[[ ${1:-} == --restore ]] && restore=true
C="$HERE/cluster.sh"

snapshot() {
	echo "## links"
	ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//' | sort
	echo "## addresses"
	ip -o addr show | awk '{print $2, $4}' | sort
	echo "## routes"
	ip route show | sort
	echo "## netns"
	ip netns list | awk '{print $1}' | sort
	echo "## chains"
	local t
	for t in filter nat mangle raw; do iptables -w 5 -t "$t" -S | sed "s/^/$t /"; done | sort
	for t in filter nat mangle raw; do ip6tables -w 5 -t "$t" -S 2>/dev/null | sed "s/^/v6 $t /"; done | sort
	echo "## mounts"
	awk '{print $5}' /proc/self/mountinfo | grep -E 'kube-tun|kubelet|containerd|netns|/var/lib/cni' | sort || true
	echo "## sysctls"
	sysctl net.ipv4.ip_forward net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables \
		vm.overcommit_memory vm.panic_on_oom kernel.panic kernel.panic_on_oops 2>/dev/null
	echo "## processes"
	local p exe
	for p in /proc/[0-9]*; do
		exe=$(readlink "$p/exe" 2>/dev/null) || continue
		case $exe in
		*/containerd | */containerd-shim* | */etcd | "$CACHE_ROOT"/*) echo "$exe" ;;
		esac
		if tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -q "$RUN/containerd.sock"; then echo "shim $exe"; fi
	done | sort
	echo "## files"
	ls -d "$STATE" "$RUN" /etc/netns/"$LAPTOP_NS" /etc/netns/"$LAPTOP_ROUTED_NS" 2>/dev/null || true
	find /sys/fs/cgroup -maxdepth 3 -name kubepods -type d 2>/dev/null || true
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$C" down
snapshot >"$tmp/before"
"$C" up
"$C" up # idempotent
"$C" status >/dev/null
"$C" down
"$C" down # idempotent
snapshot >"$tmp/after"
status=0
# Other programs (concurrent tests) may add or remove their own links and namespaces
# meanwhile: compare links, netns and addresses of foreign interfaces only by our names.
ours='kt-|veth|cni|lo |^lo$|eth0'
filter() {
	awk -v ours="$ours" '/^## /{sec=$2; print; next}
		(sec == "links" || sec == "netns" || sec == "addresses" || sec == "mounts") && $0 !~ ours {next}
		{print}' "$1"
}
if ! diff -u <(filter "$tmp/before") <(filter "$tmp/after"); then
	echo "FAIL: down left changes behind (diff above: - before up, + after down)" >&2
	status=1
fi
# Also look for anything of ours regardless of the baseline.
if grep -E 'kt-br0|kt-lap|KUBE-|CNI-|KT-CLUSTER|10\.250\.0\.1/|kt-laptop|/kube-tun-cluster' "$tmp/after"; then
	echo "FAIL: cluster leftovers after down (above)" >&2
	status=1
fi
((status == 0)) && echo "PASS: down left nothing behind"
if $restore; then "$C" up; fi
exit $status
