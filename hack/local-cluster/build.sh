#!/usr/bin/env bash
# Builds the cluster's binaries into the version-keyed cache directory, each only when
# missing: Kubernetes components and kubectl (from k8s.io/kubernetes via the module proxy,
# in a generated module), the CNI plugins and a slim CoreDNS.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

K8S_CMDS=(kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl)
CNI_PLUGINS=(bridge host-local loopback portmap)
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=local
# A build cache of its own (~4 GB), next to the binaries, so the cluster build neither
# evicts nor depends on the project cache.
export GOCACHE="${KUBETUN_CLUSTER_GOCACHE:-$CACHE_ROOT/go-build}"

have_all() { local d=$1; shift; local f; for f in "$@"; do [[ -x "$d/$f" ]] || return 1; done; }

build_k8s() {
	have_all "$BIN" "${K8S_CMDS[@]}" && return 0
	local src="$CACHE/src/k8s" minor=${KUBE_VERSION#v1.}
	minor=${minor%%.*}
	mkdir -p "$src" "$BIN"
	cd "$src"
	local dir
	dir=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
	[[ -f "$dir/go.mod" ]] || die "cannot download k8s.io/kubernetes@$KUBE_VERSION"
	{
		echo "module kubetun.local/k8sbuild"
		echo
		echo "go 1.26"
		echo
		echo "require k8s.io/kubernetes $KUBE_VERSION"
		echo
		# Upstream replaces each staging module with a local path; use the published v0.Y.Z.
		sed -n 's#^[[:space:]]*\(k8s\.io/[a-z0-9-]*\) => \./staging/.*#\1#p' "$dir/go.mod" |
			sort -u | while read -r m; do echo "replace $m => $m v0.${KUBE_VERSION#v1.}"; done
	} >go.mod
	cat >tools.go <<'GO'
// Package k8sbuild only exists to build Kubernetes commands from the module proxy.
package k8sbuild
GO
	local pkgs=() c
	for c in "${K8S_CMDS[@]}"; do pkgs+=("k8s.io/kubernetes/cmd/$c"); done
	go mod download k8s.io/kubernetes
	local ld="-s -w"
	ld+=" -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION"
	ld+=" -X k8s.io/component-base/version.gitMajor=1"
	ld+=" -X k8s.io/component-base/version.gitMinor=$minor"
	ld+=" -X k8s.io/component-base/version.gitTreeState=clean"
	ld+=" -X k8s.io/client-go/pkg/version.gitVersion=$KUBE_VERSION"
	ld+=" -X k8s.io/client-go/pkg/version.gitMajor=1"
	ld+=" -X k8s.io/client-go/pkg/version.gitMinor=$minor"
	go build -trimpath -ldflags "$ld" -o "$BIN/" "${pkgs[@]}"
}

build_cni() {
	have_all "$CNI_BIN" "${CNI_PLUGINS[@]}" && return 0
	local src="$CACHE/src/cni"
	mkdir -p "$src" "$CNI_BIN"
	cd "$src"
	printf 'module kubetun.local/cnibuild\n\ngo 1.26\n\nrequire github.com/containernetworking/plugins %s\n' "$CNI_VERSION" >go.mod
	echo 'package cnibuild' >tools.go
	local m=github.com/containernetworking/plugins/plugins
	local pkgs=("$m/main/bridge" "$m/ipam/host-local" "$m/main/loopback" "$m/meta/portmap")
	go mod download github.com/containernetworking/plugins
	go build -trimpath -ldflags "-s -w" -o "$CNI_BIN/" "${pkgs[@]}"
}

# CoreDNS plugins: no forward (nothing may leave the machine); template answers NXDOMAIN
# for names outside the cluster, as an upstream resolver would.
COREDNS_PLUGINS=(cache errors health hosts kubernetes loadbalance log ready reload template whoami)

build_coredns() {
	local stamp="$BIN/coredns.plugins"
	if have_all "$BIN" coredns && [[ $(cat "$stamp" 2>/dev/null) == "${COREDNS_PLUGINS[*]}" ]]; then
		return 0
	fi
	local src="$CACHE/src/coredns"
	mkdir -p "$src" "$BIN"
	cd "$src"
	printf 'module kubetun.local/corednsbuild\n\ngo 1.26\n\nrequire github.com/coredns/coredns %s\n' "$COREDNS_VERSION" >go.mod
	cat >main.go <<'GO'
// Command coredns is CoreDNS with only the plugins the local cluster needs (no forward:
// nothing may leave the machine).
package main

import (
	"github.com/coredns/coredns/coremain"

	// plugins
)

func main() { coremain.Run() }
GO
	local p imports=""
	for p in "${COREDNS_PLUGINS[@]}"; do imports+="\t_ \"github.com/coredns/coredns/plugin/$p\"\n"; done
	sed -i "s#^\t// plugins\$#$imports#" main.go
	gofmt -w main.go
	go mod download github.com/coredns/coredns
	go build -trimpath -ldflags "-s -w" -o "$BIN/coredns" .
	echo "${COREDNS_PLUGINS[*]}" >"$stamp"
}

what=${1:-all}
case $what in
k8s) build_k8s ;;
cni) build_cni ;;
coredns) build_coredns ;;
all)
	step "build CNI plugins $CNI_VERSION" build_cni
	step "build CoreDNS $COREDNS_VERSION (slim)" build_coredns
	step "build Kubernetes $KUBE_VERSION (first time: ~8-15 min)" build_k8s
	;;
*) die "usage: build.sh [all|k8s|cni|coredns]" ;;
esac
