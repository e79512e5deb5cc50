package config

import "time"

// File is one configuration file. Every key is optional; a key that is absent leaves the
// flag's default (or a less specific file's value) alone.
//
// The top-level keys apply to every command that has a flag of that name; a command's
// section (up:, steal:, ...) applies to that command only and wins over them. Keys are the
// commands' flag names in camelCase: --agent-image is agentImage.
type File struct {
	Cluster `json:",inline"`
	Common  `json:",inline"`

	Up          *Up          `json:"up,omitempty" help:"kube-tun up: connect this machine"`
	Down        *Down        `json:"down,omitempty" help:"kube-tun down: disconnect"`
	Status      *Status      `json:"status,omitempty" help:"kube-tun status"`
	Steal       *Steal       `json:"steal,omitempty" help:"kube-tun steal: a target's incoming traffic to you"`
	Mirror      *Mirror      `json:"mirror,omitempty" help:"kube-tun mirror: a copy of a target's incoming traffic"`
	Run         *Run         `json:"run,omitempty" help:"kube-tun run: one process in the cluster's context"`
	Env         *Env         `json:"env,omitempty" help:"kube-tun env: the target's environment"`
	Mount       *Mount       `json:"mount,omitempty" help:"kube-tun mount: the target's files"`
	PortForward *PortForward `json:"portForward,omitempty" help:"kube-tun port-forward"`
	Doctor      *Doctor      `json:"doctor,omitempty" help:"kube-tun doctor"`
	Version     *Version     `json:"version,omitempty" help:"kube-tun version"`
	CI          *CI          `json:"ci,omitempty" help:"kube-tun ci start: connect a CI job"`
	Docker      *Docker      `json:"docker,omitempty" help:"kube-tun docker run: a container in the cluster's context"`
}

// Cluster selects the cluster as kubectl does.
type Cluster struct {
	Kubeconfig string `json:"kubeconfig,omitempty" path:"file" help:"path to the kubeconfig file (default $KUBECONFIG or ~/.kube/config)"`
	Context    string `json:"context,omitempty" help:"kubeconfig context to use"`
	Namespace  string `json:"namespace,omitempty" help:"namespace (default the context's namespace)"`
}

// Common are flags several commands share.
type Common struct {
	AgentImage       string    `json:"agentImage,omitempty" help:"agent container image"`
	AgentIdleTimeout *Duration `json:"agentIdleTimeout,omitempty" help:"the agent exits after this long without any client"`
	Name             string    `json:"name,omitempty" help:"your name, shown to other developers sharing an agent"`
	Transport        string    `json:"transport,omitempty" enum:"auto,udp,tcp,apiproxy,portforward" help:"how WireGuard reaches the agent"`
	Verbose          *bool     `json:"verbose,omitempty" help:"log debug details to stderr"`
}

// Up configures kube-tun up.
type Up struct {
	Cluster     `json:",inline"`
	Common      `json:",inline"`
	Cidr        []string  `json:"cidr,omitempty" help:"extra CIDRs to route to the cluster"`
	ExcludeCidr []string  `json:"excludeCidr,omitempty" help:"discovered CIDRs not to route"`
	Foreground  *bool     `json:"foreground,omitempty" help:"stay in the foreground"`
	DNS         string    `json:"dns,omitempty" enum:"auto,resolved,resolvconf,off" help:"how cluster names are resolved"`
	Tun         string    `json:"tun,omitempty" help:"name of the TUN device"`
	MTU         *int      `json:"mtu,omitempty" help:"MTU of the TUN device (default 1420 over UDP, 65488 over the port-forward)"`
	Timeout     *Duration `json:"timeout,omitempty" help:"give up connecting after this long"`
}

// Down configures kube-tun down.
type Down struct {
	Timeout *Duration `json:"timeout,omitempty" help:"how long to wait for the session to stop"`
}

// Status configures kube-tun status.
type Status struct {
	Cluster    `json:",inline"`
	Output     string    `json:"output,omitempty" enum:"text,json,yaml" help:"output format"`
	Agent      string    `json:"agent,omitempty" help:"show the agent of this target instead"`
	AgentImage string    `json:"agentImage,omitempty" help:"agent container image"`
	Name       string    `json:"name,omitempty" help:"your name, shown to other developers sharing the agent"`
	Container  string    `json:"container,omitempty" help:"target container"`
	Pod        string    `json:"pod,omitempty" help:"which pod of the target (default: the first ready one)"`
	Timeout    *Duration `json:"timeout,omitempty" help:"give up connecting after this long"`
}

// Intercept are the flags steal and mirror share.
type Intercept struct {
	Cluster   `json:",inline"`
	Common    `json:",inline"`
	Port      PortSpec `json:"port,omitempty" help:"target port, and optionally the local port: 8080 or 8080:3000"`
	Container string   `json:"container,omitempty" help:"container of the target pods"`
}

// Filters select HTTP requests by header, path and method.
type Filters struct {
	Header []string `json:"header,omitempty" help:"only requests with these headers, \"Name: regexp\" (all must match)"`
	Path   string   `json:"path,omitempty" help:"only requests whose path matches this regexp"`
	Method string   `json:"method,omitempty" help:"only requests whose method matches this regexp"`
}

// Steal configures kube-tun steal.
type Steal struct {
	Intercept `json:",inline"`
	Filters   `json:",inline"`
}

// Mirror configures kube-tun mirror.
type Mirror struct {
	Intercept `json:",inline"`
}

// Target are the flags of commands that read a target's environment and files.
type Target struct {
	Cluster    `json:",inline"`
	AgentImage string    `json:"agentImage,omitempty" help:"agent container image"`
	Name       string    `json:"name,omitempty" help:"your name, shown to other developers sharing the agent"`
	Container  string    `json:"container,omitempty" help:"target container"`
	Pod        string    `json:"pod,omitempty" help:"which pod of the target (default: the first ready one)"`
	Timeout    *Duration `json:"timeout,omitempty" help:"give up connecting after this long"`
	EnvInclude []string  `json:"envInclude,omitempty" help:"take only the target's variables matching these globs"`
	EnvExclude []string  `json:"envExclude,omitempty" help:"skip the target's variables matching these globs"`
}

// Run configures kube-tun run.
type Run struct {
	Target   `json:",inline"`
	Workload string `json:"target,omitempty" help:"the workload: deploy/NAME, sts/NAME, svc/NAME or pod/NAME"`
	Filters  `json:",inline"`
	Verbose  *bool    `json:"verbose,omitempty" help:"log debug details to stderr"`
	Env      []string `json:"env,omitempty" help:"KEY=VALUE for the command (wins over the target's)"`
	EnvFile  []string `json:"envFile,omitempty" path:"file" help:"files of KEY=VALUE lines"`
	Files    string   `json:"files,omitempty" enum:"ro,rw,off" help:"the target's volume mounts"`
	Remote   []string `json:"remote,omitempty" help:"also take these paths from the target's file system"`
	Steal    PortSpec `json:"steal,omitempty" help:"PORT or PORT:LOCAL: deliver the target's incoming connections to the command"`
	Mirror   PortSpec `json:"mirror,omitempty" help:"PORT or PORT:LOCAL: deliver a copy of the target's incoming connections"`
	Local    []string `json:"local,omitempty" help:"keep off the tunnel: local paths, CIDRs, IPs or IP:PORTs"`
}

// Env configures kube-tun env.
type Env struct {
	Target `json:",inline"`
	Output string `json:"output,omitempty" enum:"dotenv,json,sh" help:"output format"`
}

// Mount configures kube-tun mount.
type Mount struct {
	Target `json:",inline"`
	RW     *bool `json:"rw,omitempty" help:"mount read-write"`
}

// PortForward configures kube-tun port-forward.
type PortForward struct {
	Cluster        `json:",inline"`
	Common         `json:",inline"`
	Address        string    `json:"address,omitempty" help:"local address to listen on"`
	UDPIdleTimeout *Duration `json:"udpIdleTimeout,omitempty" help:"forget a UDP peer after this long without packets"`
	Timeout        *Duration `json:"timeout,omitempty" help:"give up connecting after this long"`
}

// Doctor configures kube-tun doctor.
type Doctor struct {
	Cluster    `json:",inline"`
	AgentImage string    `json:"agentImage,omitempty" help:"agent container image to check"`
	Output     string    `json:"output,omitempty" enum:"text,json,yaml" help:"output format"`
	Local      *bool     `json:"local,omitempty" help:"check only this machine"`
	Timeout    *Duration `json:"timeout,omitempty" help:"give up on the cluster checks after this long"`
}

// Version configures kube-tun version.
type Version struct {
	Cluster `json:",inline"`
	Output  string    `json:"output,omitempty" enum:"text,json,yaml" help:"output format"`
	Client  *bool     `json:"client,omitempty" help:"print only the client version"`
	Timeout *Duration `json:"timeout,omitempty" help:"give up asking the cluster after this long"`
}

// CI configures kube-tun ci start.
type CI struct {
	Cluster    `json:",inline"`
	Common     `json:",inline"`
	Filters    `json:",inline"`
	DNS        string    `json:"dns,omitempty" enum:"auto,resolved,resolvconf,off" help:"how cluster names are resolved"`
	Cidr       []string  `json:"cidr,omitempty" help:"extra CIDRs to route to the cluster"`
	Timeout    *Duration `json:"timeout,omitempty" help:"fail if not usable after this long"`
	Target     string    `json:"target,omitempty" help:"workload whose environment (and traffic) the job gets"`
	Container  string    `json:"container,omitempty" help:"container of the target pods"`
	Steal      PortSpec  `json:"steal,omitempty" help:"steal the target's PORT[:LOCAL] to this machine"`
	Mirror     PortSpec  `json:"mirror,omitempty" help:"mirror the target's PORT[:LOCAL] to this machine"`
	EnvFile    string    `json:"envFile,omitempty" path:"file" help:"write KUBETUN_* and the target's environment (dotenv) to this file"`
	EnvFormat  string    `json:"envFormat,omitempty" enum:"dotenv,sh,github" help:"format of the env file"`
	EnvInclude []string  `json:"envInclude,omitempty" help:"take only the target's variables matching these globs"`
	EnvExclude []string  `json:"envExclude,omitempty" help:"skip the target's variables matching these globs"`
}

// Docker configures kube-tun docker run.
type Docker struct {
	Cluster      `json:",inline"`
	Common       `json:",inline"`
	Filters      `json:",inline"`
	Target       string    `json:"target,omitempty" help:"workload whose environment, files and traffic the container gets"`
	Container    string    `json:"container,omitempty" help:"container of the target pods"`
	Timeout      *Duration `json:"timeout,omitempty" help:"give up connecting after this long"`
	Steal        PortSpec  `json:"steal,omitempty" help:"steal the target's PORT[:LOCAL] to the container"`
	Mirror       PortSpec  `json:"mirror,omitempty" help:"mirror the target's PORT[:LOCAL] to the container"`
	Files        string    `json:"files,omitempty" help:"the target's volume mounts in the container"`
	SidecarImage string    `json:"sidecarImage,omitempty" help:"image of the sidecar holding the tunnel"`
	EnvInclude   []string  `json:"envInclude,omitempty" help:"take only the target's variables matching these globs"`
	EnvExclude   []string  `json:"envExclude,omitempty" help:"skip the target's variables matching these globs"`
}

// Duration is a Go duration written as a string: "90s", "5m", "1h30m".
type Duration struct{ time.Duration }

// PortSpec is a port or PORT:LOCAL, written as a number or a string.
type PortSpec string
