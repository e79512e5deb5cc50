package launch

import "net/netip"

// Addresses of the namespace's private network. 198.18.0.0/16 is the benchmarking range
// next to the tunnel's 198.19.0.0/16 and is rarely routed anywhere.
var (
	// DefaultTunAddr is the command's address on its TUN device.
	DefaultTunAddr = netip.MustParsePrefix("198.18.0.2/24")
	// DefaultGateway is owned by the parent's stack: it serves DNS on port 53, and any
	// other connection to it reaches the host's loopback (like slirp4netns' 10.0.2.2).
	DefaultGateway = netip.MustParseAddr("198.18.0.1")
)

// DefaultMTU of the namespace's TUN device: large packets, since nothing encapsulates
// them (slirp4netns uses the same).
const DefaultMTU = 65520

// Spec is what the init does in the new namespaces. It travels as JSON over the socket.
type Spec struct {
	Argv []string // Argv[0] is an absolute path
	Env  []string
	Dir  string // working directory ("" = unchanged)

	// Network, if set, gets a TUN device with a default route.
	Network *NetSpec `json:",omitempty"`
	// ResolvConf, if set, is a file bound over /etc/resolv.conf.
	ResolvConf string `json:",omitempty"`
	// Files, if set, mounts FUSE at Files.Root and binds the volume paths.
	Files *FilesSpec `json:",omitempty"`
}

// NetSpec configures the TUN device in the namespace.
type NetSpec struct {
	Name    string
	Addr    netip.Prefix
	Gateway netip.Addr
	MTU     int
}

// FilesSpec configures the remote files in the namespace.
type FilesSpec struct {
	// Root is an existing empty directory where the remote root is mounted (visible only
	// inside the namespace).
	Root     string
	ReadOnly bool
	// Scratch is an existing empty directory for the init's own use.
	Scratch string
	// Paths are absolute paths bound from Root+path to path. Missing local paths are
	// created on a tmpfs that mirrors their nearest existing parent directory.
	Paths []string
}

// message is one datagram of the init protocol.
type message struct {
	Kind  string `json:"kind"` // "spec", "ready", "go", "error"
	Spec  *Spec  `json:"spec,omitempty"`
	Error string `json:"error,omitempty"`
	// ready: which descriptors were attached, in order.
	TUN  bool `json:"tun,omitempty"`
	FUSE bool `json:"fuse,omitempty"`
}

// HostLoopback stands for the host's 127.0.0.1 inside the namespace: a connection to
// HostLoopback:PORT reaches 127.0.0.1:PORT on the host.
var HostLoopback = netip.MustParseAddr("198.18.0.254")
