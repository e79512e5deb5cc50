# shellcheck shell=bash
# Certificates and kubeconfigs for the local cluster (openssl, EC P-256; RSA for service
# account tokens). Sourced by cluster.sh. Every file is generated only when missing.

# cert NAME CN O SANS USAGE: a key pair signed by the cluster CA. SANS like
# "IP:1.2.3.4,DNS:x" or empty; USAGE serverAuth, clientAuth or both.
cert() {
	local name=$1 cn=$2 o=$3 sans=$4 usage=$5
	[[ -s "$PKI/$name.crt" && -s "$PKI/$name.key" ]] && return 0
	local subj="/CN=$cn"
	[[ -n $o ]] && subj="/O=$o$subj"
	local ext="$PKI/$name.ext"
	{
		echo "basicConstraints=critical,CA:FALSE"
		echo "keyUsage=critical,digitalSignature,keyEncipherment"
		echo "extendedKeyUsage=$usage"
		[[ -n $sans ]] && echo "subjectAltName=$sans"
	} >"$ext"
	openssl ecparam -name prime256v1 -genkey -noout -out "$PKI/$name.key" 2>/dev/null
	openssl req -new -key "$PKI/$name.key" -subj "$subj" -out "$PKI/$name.csr" 2>/dev/null
	openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
		-days 3650 -extfile "$ext" -out "$PKI/$name.crt" 2>/dev/null
	rm -f "$PKI/$name.csr" "$ext"
}

# kubeconfig FILE USER CERTNAME: a kubeconfig for the cluster authenticating with a client cert.
kubeconfig() {
	local file=$1 user=$2 c=$3
	[[ -s $file ]] && return 0
	cat >"$file.tmp" <<KC
apiVersion: v1
kind: Config
clusters:
- name: kube-tun-local
  cluster:
    server: $API_SERVER
    certificate-authority-data: $(base64 -w0 "$PKI/ca.crt")
users:
- name: $user
  user:
    client-certificate-data: $(base64 -w0 "$PKI/$c.crt")
    client-key-data: $(base64 -w0 "$PKI/$c.key")
contexts:
- name: kube-tun-local
  context:
    cluster: kube-tun-local
    user: $user
current-context: kube-tun-local
KC
	chmod 600 "$file.tmp"
	mv "$file.tmp" "$file"
}

make_pki() {
	mkdir -p "$PKI"
	chmod 700 "$PKI"
	if [[ ! -s "$PKI/ca.crt" ]]; then
		openssl ecparam -name prime256v1 -genkey -noout -out "$PKI/ca.key" 2>/dev/null
		openssl req -x509 -new -key "$PKI/ca.key" -subj "/CN=kube-tun-local-ca" -days 3650 \
			-addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" \
			-out "$PKI/ca.crt" 2>/dev/null
	fi
	if [[ ! -s "$PKI/sa.key" ]]; then
		openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
		openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
	fi
	local svc=kubernetes.default.svc
	cert apiserver kube-apiserver "" \
		"IP:$NODE_IP,IP:127.0.0.1,IP:$KUBERNETES_SVC_IP,DNS:localhost,DNS:$NODE_NAME,DNS:kubernetes,DNS:kubernetes.default,DNS:$svc,DNS:$svc.$CLUSTER_DOMAIN" \
		serverAuth
	cert apiserver-kubelet-client kube-apiserver-kubelet-client system:masters "" clientAuth
	cert admin kubernetes-admin system:masters "" clientAuth
	cert controller-manager system:kube-controller-manager "" "" clientAuth
	cert scheduler system:kube-scheduler "" "" clientAuth
	cert kube-proxy system:kube-proxy "" "" clientAuth
	cert kubelet-client "system:node:$NODE_NAME" system:nodes "" clientAuth
	cert kubelet-server "system:node:$NODE_NAME" system:nodes "IP:$NODE_IP,IP:127.0.0.1,DNS:$NODE_NAME" serverAuth
	kubeconfig "$KUBECONFIG_PATH" kubernetes-admin admin
	kubeconfig "$STATE/controller-manager.kubeconfig" system:kube-controller-manager controller-manager
	kubeconfig "$STATE/scheduler.kubeconfig" system:kube-scheduler scheduler
	kubeconfig "$STATE/kube-proxy.kubeconfig" system:kube-proxy kube-proxy
	kubeconfig "$STATE/kubelet.kubeconfig" "system:node:$NODE_NAME" kubelet-client
}
