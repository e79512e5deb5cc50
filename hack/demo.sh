#!/usr/bin/env bash
# The README's first command: brings up the local cluster if needed, connects the "laptop"
# namespace with `kube-tun up`, shows requests by service name, then two developers
# stealing their own requests from one shared deployment while everything else still
# reaches the pods. Tears its own sessions down at the end (the cluster stays up).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH
[[ $EUID -eq 0 ]] || { echo "make demo needs root (it creates network namespaces and a cluster)"; exit 2; }

KT=$PWD/bin/kube-tun
PROBE=$PWD/bin/ktprobe
KUBECONFIG=/var/lib/kube-tun-cluster/kubeconfig
LAPTOP=kt-laptop
export KUBECONFIG

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
in_laptop() { ip netns exec "$LAPTOP" "$@"; }
pids=()
tmp=$(mktemp -d)
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done  # ip netns exec execs: these are the real pids
	wait 2>/dev/null || true
	in_laptop "$KT" down >/dev/null 2>&1 || true
	rm -rf "$tmp"
	[[ -n ${prod:-} ]] && kubectl -n kt-e2e delete pod "$prod" --wait=false >/dev/null 2>&1 || true
}
trap cleanup EXIT

say "Build kube-tun"
make --no-print-directory build
CGO_ENABLED=0 go build -o "$PROBE" ./e2e/ktprobe

say "Local cluster (first run builds Kubernetes from source: ~11 min; later runs: seconds)"
hack/local-cluster/cluster.sh status >/dev/null 2>&1 || hack/local-cluster/cluster.sh up
hack/local-cluster/cluster.sh images >/dev/null
# The kubectl the cluster harness built (a machine need not have one of its own).
kubectl() { hack/local-cluster/cluster.sh kubectl "$@"; }

say "The laptop namespace reaches only the API server"
in_laptop ip route
if in_laptop curl -s -m 2 http://echo.kt-e2e/ >/dev/null 2>&1; then echo "unexpected: reached the cluster"; else echo "curl http://echo.kt-e2e/ → fails, as it should"; fi

say "kube-tun up"
in_laptop "$KT" up --kubeconfig "$KUBECONFIG" -n kt-e2e
in_laptop "$KT" status

say "Requests by service name, through the tunnel"
for url in http://echo/ http://echo.kt-e2e/ http://echo.kt-e2e.svc.cluster.local/ http://echo.kt-e2e-other/; do
	printf '%-42s → ' "curl $url"
	in_laptop curl -s -m 5 "$url" | tr -s ' \n' ' ' | cut -c1-90
	echo
done
printf '%-42s → ' "UDP echo udp-echo:9000"
in_laptop "$PROBE" udp udp-echo:9000 hello-udp

say "Two developers share deploy/echo: each steals only requests with their header"
for dev in alice:28081 bob:28082; do
	name=${dev%%:*} port=${dev##*:}
	ip netns exec "$LAPTOP" "$PROBE" serve -http 127.0.0.1:"$port" -name "$name's laptop" >/dev/null &
	pids+=($!)
	ip netns exec "$LAPTOP" "$KT" steal deploy/echo -n kt-e2e --kubeconfig "$KUBECONFIG" --port 8080:"$port" --name "$name" -H "X-User: $name" >"$tmp/$name.log" 2>&1 &
	pids+=($!)
done
for name in alice bob; do
	for _ in $(seq 300); do grep -q 'Ctrl-C to stop' "$tmp/$name.log" && break; sleep 0.2; done
	sed "s/^/  [$name] /" "$tmp/$name.log"
done

say "Production traffic from a pod in the cluster, through the echo Service"
prod=kt-demo-client-$RANDOM
kubectl -n kt-e2e run "$prod" --image=docker.io/local/toolbox:dev --image-pull-policy=Never --restart=Never --command -- sleep 600 >/dev/null
kubectl -n kt-e2e wait --for=condition=Ready pod/"$prod" --timeout=60s >/dev/null
kubectl -n kt-e2e exec -i "$prod" -- sh -c 'cat > /tmp/ktprobe && chmod +x /tmp/ktprobe' <"$PROBE"
kubectl -n kt-e2e exec "$prod" -- /tmp/ktprobe req \
	"http://echo.kt-e2e/#X-User: alice" "http://echo.kt-e2e/" "http://echo.kt-e2e/#X-User: bob" "http://echo.kt-e2e/" |
	sed -E 's/^200 \{.*"pod": *"([^"]+)".*/200 answered by the real pod \1/'

say "Done: tearing down the sessions (the cluster keeps running; make cluster-down stops it)"
