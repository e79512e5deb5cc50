package main

import (
	"fmt"
	"strings"
)

// dockerRunBoolFlags are `docker run` flags that take no value; every other flag does
// (unless written as --flag=value). Needed to find where IMAGE starts in the user's args.
var dockerRunBoolFlags = map[string]bool{
	"-d": true, "--detach": true, "-i": true, "--interactive": true, "-t": true, "--tty": true,
	"--rm": true, "--init": true, "--privileged": true, "--read-only": true, "-P": true,
	"--publish-all": true, "--no-healthcheck": true, "--oom-kill-disable": true,
	"--sig-proxy": true, "--disable-content-trust": true, "-q": true, "--quiet": true,
}

// dockerUserArgs is the user's `docker run` part, split for the sidecar.
type dockerUserArgs struct {
	publish []string // -p values, moved to the sidecar (the network namespace's owner)
	options []string // the remaining options, before IMAGE
	image   string
	command []string
}

// splitDockerArgs finds IMAGE in `[docker run options] IMAGE [CMD...]`, takes out the -p
// options and refuses options that would fight the sidecar's network namespace.
func splitDockerArgs(args []string) (*dockerUserArgs, error) {
	d := &dockerUserArgs{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			if a == "--" {
				i++
			}
			if i >= len(args) {
				break
			}
			d.image, d.command = args[i], args[i+1:]
			return d, nil
		}
		name, val, hasVal := strings.Cut(a, "=")
		if !strings.HasPrefix(a, "--") && len(a) > 2 && !hasVal {
			// -p8080:80, or combined booleans like -it.
			if allBool(a[1:]) {
				d.options = append(d.options, a)
				continue
			}
			name, val, hasVal = a[:2], a[2:], true
		}
		if name == "-P" || name == "--publish-all" {
			return nil, fmt.Errorf("docker option %s: publish ports explicitly with -p", name)
		}
		if dockerRunBoolFlags[name] {
			d.options = append(d.options, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, fmt.Errorf("docker option %s needs a value", name)
			}
			i++
			val = args[i]
		}
		switch name {
		case "-p", "--publish":
			d.publish = append(d.publish, val)
		case "--network", "--net", "--network-alias", "--ip", "--ip6", "--dns", "--dns-search", "--dns-option", "--add-host", "--hostname", "-h", "--mac-address", "--expose":
			return nil, fmt.Errorf("docker option %s conflicts with the kube-tun sidecar's network namespace", name)
		default:
			d.options = append(d.options, name, val)
		}
	}
	return nil, fmt.Errorf("no IMAGE in the docker run arguments")
}

func allBool(short string) bool {
	for _, c := range short {
		if !dockerRunBoolFlags["-"+string(c)] {
			return false
		}
	}
	return true
}
