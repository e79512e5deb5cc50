# shellcheck shell=bash
# The cluster's processes: configuration, start (by pid file) and stop. Sourced by cluster.sh.

ETCD_CLIENT_PORT=12379
ETCD_PEER_PORT=12380

# Components in start order. The kubelet and kube-proxy come after containerd.
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler containerd kubelet kube-proxy)

# Ports each component listens on, checked before starting it.
declare -A PORTS=(
	[etcd]="127.0.0.1:$ETCD_CLIENT_PORT 127.0.0.1:$ETCD_PEER_PORT"
	[kube-apiserver]="$NODE_IP:$API_PORT"
	[kube-controller-manager]="127.0.0.1:10257"
	[kube-scheduler]="127.0.0.1:10259"
	[containerd]=""
	[kubelet]="$NODE_IP:10250 127.0.0.1:10248"
	[kube-proxy]="127.0.0.1:10249 127.0.0.1:10256"
)

pidfile() { echo "$RUN/$1.pid"; }

# running NAME: the component's pid from its pid file, if that process is alive.
running() {
	local f pid
	f=$(pidfile "$1")
	[[ -s $f ]] || return 1
	pid=$(<"$f")
	[[ -d /proc/$pid ]] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && echo "$pid"
}

# port_owner ADDR:PORT: "name(pid)" of the process listening there, or nothing.
port_owner() {
	local port=${1##*:}
	ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\"\([^"]*\)",pid=\([0-9]*\).*/\1(pid \2)/p' | head -1
}

check_ports() {
	local name=$1 ap owner
	for ap in ${PORTS[$name]}; do
		owner=$(port_owner "$ap")
		if [[ -n $owner ]]; then
			die "port ${ap##*:} ($name) is already in use by $owner. If it is a leftover of an earlier cluster, run 'hack/local-cluster/cluster.sh down' (or kill that pid); otherwise stop that program and run up again."
		fi
	done
}

# start NAME CMD...: start a component in the background (own session, log file, pid file)
# unless it already runs.
start() {
	local name=$1; shift
	local pid
	if pid=$(running "$name"); then
		log "    $name already running (pid $pid)"
		return 0
	fi
	rm -f "$(pidfile "$name")"
	check_ports "$name"
	mkdir -p "$LOGS" "$RUN"
	setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
	echo $! >"$(pidfile "$name")"
	sleep 0.1
	running "$name" >/dev/null || die "$name exited at once; see $LOGS/$name.log:
$(tail -5 "$LOGS/$name.log")"
}

# stop NAME: SIGTERM the component by pid, SIGKILL after 10 s.
stop() {
	local name=$1 pid i
	if pid=$(running "$name"); then
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 100; i++)); do
			[[ -d /proc/$pid ]] || break
			sleep 0.1
		done
		if [[ -d /proc/$pid ]]; then
			log "    $name (pid $pid) ignored SIGTERM for 10s: killing"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$(pidfile "$name")"
}

kubectl_() { "$BIN/kubectl" --kubeconfig "$KUBECONFIG_PATH" "$@"; }

start_etcd() {
	start etcd etcd --name kt --data-dir "$STATE/etcd" \
		--listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
		--listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
		--initial-cluster "kt=http://127.0.0.1:$ETCD_PEER_PORT" --log-level warn
	wait_for "etcd health" 30 curl -fsS "http://127.0.0.1:$ETCD_CLIENT_PORT/health"
}

start_apiserver() {
	start kube-apiserver "$BIN/kube-apiserver" \
		--advertise-address="$NODE_IP" --bind-address="$NODE_IP" --secure-port="$API_PORT" \
		--etcd-servers="http://127.0.0.1:$ETCD_CLIENT_PORT" \
		--service-cluster-ip-range="$SERVICE_CIDR" \
		--client-ca-file="$PKI/ca.crt" --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
		--kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
		--kubelet-certificate-authority="$PKI/ca.crt" --kubelet-preferred-address-types=InternalIP \
		--service-account-issuer="https://kubernetes.default.svc.$CLUSTER_DOMAIN" \
		--service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
		--authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction --allow-privileged=true \
		--profiling=false --v=1
	wait_for "kube-apiserver /readyz" 60 kubectl_ get --raw /readyz
}

start_controller_manager() {
	start kube-controller-manager "$BIN/kube-controller-manager" \
		--kubeconfig="$STATE/controller-manager.kubeconfig" \
		--authentication-kubeconfig="$STATE/controller-manager.kubeconfig" \
		--authorization-kubeconfig="$STATE/controller-manager.kubeconfig" \
		--bind-address=127.0.0.1 --secure-port=10257 --leader-elect=false \
		--service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
		--use-service-account-credentials=true \
		--cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
		--allocate-node-cidrs=true --cluster-cidr="$CLUSTER_CIDR" --node-cidr-mask-size=24 \
		--service-cluster-ip-range="$SERVICE_CIDR" --profiling=false --v=1
}

start_scheduler() {
	start kube-scheduler "$BIN/kube-scheduler" \
		--kubeconfig="$STATE/scheduler.kubeconfig" \
		--authentication-kubeconfig="$STATE/scheduler.kubeconfig" \
		--authorization-kubeconfig="$STATE/scheduler.kubeconfig" \
		--bind-address=127.0.0.1 --secure-port=10259 --leader-elect=false --profiling=false --v=1
}

write_containerd_config() {
	mkdir -p "$STATE/containerd" "$RUN/containerd" "$STATE/cni/net.d" "$STATE/cni/networks"
	cat >"$STATE/containerd.toml" <<EOT
version = 2
root = "$STATE/containerd"
state = "$RUN/containerd"
oom_score = 0
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

[grpc]
  address = "$CTR_SOCK"
[ttrpc]
  address = "$CTR_SOCK.ttrpc"
[debug]
  address = ""
[metrics]
  address = ""

[plugins."io.containerd.internal.v1.opt"]
  path = "$STATE/containerd-opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$IMAGE_PAUSE"
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "$CNI_BIN"
    conf_dir = "$STATE/cni/net.d"
EOT
	cat >"$STATE/cni/net.d/10-kt-pods.conflist" <<EOT
{
  "cniVersion": "1.0.0",
  "name": "kt-pods",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$BRIDGE",
      "isGateway": true,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [[{"subnet": "$POD_CIDR", "gateway": "$BRIDGE_IP"}]],
        "routes": [{"dst": "0.0.0.0/0"}],
        "dataDir": "$STATE/cni/networks"
      }
    },
    {"type": "portmap", "capabilities": {"portMappings": true}}
  ]
}
EOT
}

start_containerd() {
	running containerd >/dev/null || write_containerd_config
	start containerd containerd --config "$STATE/containerd.toml"
	wait_for "containerd socket" 30 ctr -a "$CTR_SOCK" version
}

write_kubelet_config() {
	mkdir -p "$STATE/kubelet"
	printf 'nameserver 127.0.0.1\n' >"$STATE/kubelet/resolv.conf"
	cat >"$STATE/kubelet/config.yaml" <<EOT
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 10248
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true}
  x509: {clientCAFile: "$PKI/ca.crt"}
authorization: {mode: Webhook}
tlsCertFile: "$PKI/kubelet-server.crt"
tlsPrivateKeyFile: "$PKI/kubelet-server.key"
containerRuntimeEndpoint: "unix://$CTR_SOCK"
imageServiceEndpoint: "unix://$CTR_SOCK"
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
oomScoreAdj: 0
clusterDomain: $CLUSTER_DOMAIN
clusterDNS: [$DNS_IP]
resolvConf: "$STATE/kubelet/resolv.conf"
podCIDR: $POD_CIDR
maxPods: 110
serializeImagePulls: false
evictionHard: {memory.available: "50Mi", nodefs.available: "1%", nodefs.inodesFree: "1%", imagefs.available: "1%"}
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
staticPodPath: ""
syncFrequency: 10s
fileCheckFrequency: 10s
nodeStatusUpdateFrequency: 5s
EOT
}

start_kubelet() {
	running kubelet >/dev/null || write_kubelet_config
	start kubelet "$BIN/kubelet" --config="$STATE/kubelet/config.yaml" \
		--kubeconfig="$STATE/kubelet.kubeconfig" --root-dir="$STATE/kubelet" \
		--node-ip="$NODE_IP" --hostname-override="$NODE_NAME" --v=1
}

start_kube_proxy() {
	# kube-proxy exits when its config file changes: write it only when it is not running.
	if ! running kube-proxy >/dev/null; then
		cat >"$STATE/kube-proxy.yaml" <<EOT
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection: {kubeconfig: "$STATE/kube-proxy.kubeconfig"}
mode: iptables
clusterCIDR: $CLUSTER_CIDR
hostnameOverride: $NODE_NAME
bindAddress: $NODE_IP
healthzBindAddress: 127.0.0.1:10256
metricsBindAddress: 127.0.0.1:10249
nodePortAddresses: ["$NODE_IP/32"]
oomScoreAdj: 0
iptables: {localhostNodePorts: false, masqueradeAll: false}
conntrack: {maxPerCore: 0, min: 0, tcpEstablishedTimeout: 0s, tcpCloseWaitTimeout: 0s}
EOT
	fi
	start kube-proxy "$BIN/kube-proxy" --config="$STATE/kube-proxy.yaml" --v=1
	wait_for "kube-proxy healthz" 30 curl -fsS http://127.0.0.1:10256/healthz
}
