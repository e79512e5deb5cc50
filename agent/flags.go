package agent

import (
	"net/netip"
	"os"
	"time"

	"github.com/spf13/pflag"
)

// BindFlags registers the agent's command-line flags on fs, filling c. Both entry points
// use it: the agent binary of the image (cmd/kube-tun-agent) and the hidden
// `kube-tun agent` command.
func (c *Config) BindFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.RegisterListen, "register-listen", ":7070", "registration endpoint address (reach it through a port-forward)")
	fs.StringVar(&c.StreamListen, "stream-listen", ":7071", `stream transport address, or "off"`)
	fs.IntVar(&c.UDPPort, "udp-port", 51820, "WireGuard UDP port, -1 to disable")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", 5*time.Minute, "exit after this long without sessions (0 = never)")
	fs.DurationVar(&c.PeerTimeout, "peer-timeout", 8*time.Second, "drop a session whose client is silent for this long")
	fs.StringVar(&c.ResolvConf, "resolv-conf", "/etc/resolv.conf", "resolver configuration used for DNS answers")
	fs.BoolVar(&c.Incoming, "incoming", false, "handle mirror and steal claims (target mode; needs NET_ADMIN and iptables)")
	fs.BoolVar(&c.Files, "files", false, "serve the target container's environment and files (target mode)")
	fs.DurationVar(&c.Lease, "lease", 6*time.Second, "lifetime of a redirect rule the agent stops renewing (enforced by the kernel)")
	fs.StringVar(&c.Pod, "pod", "", "name of the pod the agent runs in (default $POD_NAME)")
}

// FromEnv completes c from the environment kube-tun gives the agent's container
// (POD_NAME, POD_IP, HOST_IP from the downward API).
func (c *Config) FromEnv() {
	if c.Pod == "" {
		c.Pod = os.Getenv("POD_NAME")
	}
	if ip, err := netip.ParseAddr(os.Getenv("POD_IP")); err == nil {
		c.AppAddr = ip
	}
	if ip, err := netip.ParseAddr(os.Getenv("HOST_IP")); err == nil {
		c.NodeAddr = ip
	}
}
