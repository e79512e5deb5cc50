# shellcheck shell=bash
# Removal of what pods leave behind: containers, shims, mounts, cgroups. Sourced by cluster.sh.

ctr_() { ctr -a "$CTR_SOCK" -n k8s.io "$@"; }

# remove_containers kills every task in the cluster's containerd and deletes its containers,
# so that no shim, container process or rootfs mount survives. Needs containerd running.
remove_containers() {
	running containerd >/dev/null || return 0
	local id
	for id in $(ctr_ tasks ls -q 2>/dev/null); do
		ctr_ tasks kill -a -s SIGKILL "$id" >/dev/null 2>&1 || true
	done
	for id in $(ctr_ tasks ls -q 2>/dev/null); do
		ctr_ tasks delete -f "$id" >/dev/null 2>&1 || true
	done
	for id in $(ctr_ containers ls -q 2>/dev/null); do
		ctr_ containers delete "$id" >/dev/null 2>&1 || true
	done
}

# kill_leftover_processes kills, by pid, containerd shims started for the cluster's
# containerd and any process still running a binary from the build cache.
kill_leftover_processes() {
	local p cmd exe pids=()
	for p in /proc/[0-9]*; do
		cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || continue
		exe=$(readlink "$p/exe" 2>/dev/null) || exe=
		if [[ $cmd == *containerd-shim*"$CTR_SOCK"* || $exe == "$BIN"/* || $cmd == *"--config $STATE/containerd.toml"* ]]; then
			pids+=("${p#/proc/}")
		fi
	done
	# Container processes whose shim is already gone: whatever is left in the pod cgroups.
	local procs
	for procs in $(find /sys/fs/cgroup -path '*kubepods*' -name cgroup.procs 2>/dev/null); do
		while read -r p; do if [[ -n $p ]]; then pids+=("$p"); fi; done <"$procs"
	done
	if ((${#pids[@]})); then
		log "    killing leftover processes: ${pids[*]}"
		kill -KILL "${pids[@]}" 2>/dev/null || true
	fi
}

# our_mounts: mount points under the cluster's directories, deepest first.
our_mounts() {
	awk -v a="$STATE/" -v b="$RUN/" '{ m = $5; gsub(/\\040/, " ", m); if (index(m, a) == 1 || index(m, b) == 1 || m == substr(a, 1, length(a)-1) || m == substr(b, 1, length(b)-1)) print m }' /proc/self/mountinfo |
		awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2-
}

unmount_all() {
	local m i
	for ((i = 0; i < 5; i++)); do
		[[ -z $(our_mounts) ]] && return 0
		while read -r m; do
			if [[ -n $m ]]; then umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; fi
		done < <(our_mounts)
	done
	[[ -z $(our_mounts) ]] || log "warning: mounts left: $(our_mounts | tr '\n' ' ')"
}

# remove_cgroups removes the kubelet's cgroups (kubepods and the pod cgroups below).
remove_cgroups() {
	local root d
	for root in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/ /sys/fs/cgroup/; do
		[[ -d ${root}kubepods ]] || continue
		find "${root}kubepods" -depth -type d -exec rmdir {} \; 2>/dev/null || true
	done
	for d in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods; do
		[[ -d $d ]] && rmdir "$d" 2>/dev/null || true
	done
}
