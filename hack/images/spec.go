package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// Image names. Pods use them with imagePullPolicy: Never.
const (
	PauseImage   = "docker.io/local/pause:3.10"
	EchoImage    = "docker.io/local/kt-echo:dev"
	ToolboxImage = "docker.io/local/toolbox:dev"
	AgentImage   = "docker.io/local/kube-tun:dev"
	CoreDNSImage = "docker.io/local/coredns:v1.15.0"
)

type spec struct {
	ref        string
	file       string
	files      []fileEntry
	entrypoint []string
	cmd        []string
	env        []string
}

func imageSpecs(bin, agent, agentBin, busybox, coredns string) ([]spec, error) {
	base := baseFiles()
	bb, err := busyboxFiles(busybox)
	if err != nil {
		return nil, err
	}
	echoBin := hostFile(filepath.Join(bin, "kt-echo"), "/usr/local/bin/kt-echo", 0o755)
	specs := []spec{
		{
			ref: PauseImage, file: "pause.tar",
			files:      []fileEntry{hostFile(filepath.Join(bin, "pause"), "/pause", 0o755)},
			entrypoint: []string{"/pause"},
		},
		{
			ref: EchoImage, file: "kt-echo.tar",
			files:      concat(base, bb, []fileEntry{echoBin}),
			entrypoint: []string{"/usr/local/bin/kt-echo"},
		},
		{
			ref: ToolboxImage, file: "toolbox.tar",
			files: concat(base, bb, []fileEntry{echoBin}),
			cmd:   []string{"/bin/sh"},
		},
	}
	if coredns != "" {
		specs = append(specs, spec{
			ref: CoreDNSImage, file: "coredns.tar",
			files:      []fileEntry{dir("/tmp", 0o1777), hostFile(coredns, "/coredns", 0o755)},
			entrypoint: []string{"/coredns"},
		})
	}
	if agent != "" {
		if _, err := os.Stat(agent); err != nil {
			log.Printf("warning: %s missing (run `make build`): skipping %s", agent, AgentImage)
		} else if _, err := os.Stat(agentBin); err != nil {
			log.Printf("warning: kube-tun-agent binary %q missing (run `make build`): skipping %s", agentBin, AgentImage)
		} else {
			ipt, err := iptablesFiles()
			if err != nil {
				return nil, fmt.Errorf("agent image: %w", err)
			}
			specs = append(specs, spec{
				ref: AgentImage, file: "kube-tun.tar",
				// kube-tun-agent is what agent pods run; kube-tun (the client) is there
				// for the Docker sidecar and for `kube-tun agent` in tests.
				files: concat(base, ipt, []fileEntry{
					hostFile(agent, "/usr/local/bin/kube-tun", 0o755),
					hostFile(agentBin, "/usr/local/bin/kube-tun-agent", 0o755),
				}),
				entrypoint: []string{"/usr/local/bin/kube-tun-agent"},
			})
		}
	}
	for i := range specs {
		specs[i].env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
	}
	return specs, nil
}

func concat(lists ...[]fileEntry) []fileEntry {
	var out []fileEntry
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// baseFiles are the few files and directories every non-pause image has.
func baseFiles() []fileEntry {
	return []fileEntry{
		dir("/etc", 0o755), dir("/tmp", 0o1777), dir("/run", 0o755), dir("/var/run", 0o755), dir("/root", 0o700),
		dir("/usr/local/bin", 0o755), dir("/bin", 0o755), dir("/sbin", 0o755), dir("/usr/bin", 0o755), dir("/usr/sbin", 0o755),
		content("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n", 0o644),
		content("/etc/group", "root:x:0:\nnogroup:x:65534:\n", 0o644),
		content("/etc/nsswitch.conf", "hosts: files dns\n", 0o644),
	}
}

// busyboxFiles installs a static busybox with a /bin symlink per applet.
func busyboxFiles(busybox string) ([]fileEntry, error) {
	out, err := exec.Command(busybox, "--list").Output()
	if err != nil {
		return nil, fmt.Errorf("list busybox applets (apt-get install busybox-static): %w", err)
	}
	files := []fileEntry{hostFile(busybox, "/bin/busybox", 0o755)}
	for _, a := range strings.Fields(string(out)) {
		if a != "busybox" {
			files = append(files, symlink("/bin/"+a, "busybox"))
		}
	}
	return files, nil
}

const xtablesMulti = "/usr/sbin/xtables-nft-multi"

// iptablesFiles copies the host's nft-based iptables: the multi-call binary with its
// command symlinks, its extension modules, and every shared library they load.
func iptablesFiles() ([]fileEntry, error) {
	if _, err := os.Stat(xtablesMulti); err != nil {
		return nil, fmt.Errorf("%s missing (apt-get install iptables): %w", xtablesMulti, err)
	}
	files := []fileEntry{hostFile(xtablesMulti, xtablesMulti, 0o755)}
	for _, n := range []string{"iptables", "iptables-save", "iptables-restore", "ip6tables", "ip6tables-save", "ip6tables-restore",
		"iptables-nft", "iptables-nft-save", "iptables-nft-restore", "ip6tables-nft", "ip6tables-nft-save", "ip6tables-nft-restore"} {
		files = append(files, symlink("/usr/sbin/"+n, "xtables-nft-multi"))
	}
	libs := map[string]bool{}
	if err := addLibs(libs, xtablesMulti); err != nil {
		return nil, err
	}
	extDir := "/usr/lib/x86_64-linux-gnu/xtables"
	exts, err := filepath.Glob(filepath.Join(extDir, "*.so"))
	if err != nil || len(exts) == 0 {
		return nil, fmt.Errorf("no xtables extensions in %s", extDir)
	}
	for _, e := range exts {
		files = append(files, hostFile(e, e, 0o644))
		if err := addLibs(libs, e); err != nil {
			return nil, err
		}
	}
	for l := range libs {
		files = append(files, hostFile(l, l, 0o755))
	}
	for _, f := range []string{"/etc/ld.so.cache", "/etc/protocols", "/etc/services", "/etc/ethertypes"} {
		if _, err := os.Stat(f); err == nil {
			files = append(files, hostFile(f, f, 0o644))
		}
	}
	return files, nil
}

var lddPath = regexp.MustCompile(`(?:=>\s*)?(/\S+)\s+\(0x`)

// addLibs adds the shared libraries `ldd file` lists (and the dynamic loader) to libs,
// under the paths the loader will look them up by.
func addLibs(libs map[string]bool, file string) error {
	out, err := exec.Command("ldd", file).Output()
	if err != nil {
		return fmt.Errorf("ldd %s: %w", file, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if m := lddPath.FindStringSubmatch(sc.Text()); m != nil {
			libs[m[1]] = true
		}
	}
	return sc.Err()
}
