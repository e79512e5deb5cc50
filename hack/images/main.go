// Command images builds the local cluster's container images as docker-save tarballs, from
// static binaries and host files, with go-containerregistry: no Dockerfile, no registry.
//
//	go run ./hack/images -out DIR -bin DIR [-agent bin/kube-tun -agent-bin bin/kube-tun-agent] [-coredns FILE]
//
// -bin holds the static binaries pause and kt-echo. The images are written to DIR as
// NAME.tar, one per image, ready for `ctr images import`.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "", "directory to write the image tarballs to")
	bin := flag.String("bin", "", "directory holding the static binaries pause and kt-echo")
	agent := flag.String("agent", "", "static kube-tun binary for the agent image (skipped when empty or missing)")
	agentBin := flag.String("agent-bin", "", "static kube-tun-agent binary, the agent image's entrypoint (required with -agent)")
	coredns := flag.String("coredns", "", "static coredns binary for the CoreDNS image (skipped when empty)")
	busybox := flag.String("busybox", "/bin/busybox", "static busybox for the toolbox image")
	flag.Parse()
	if *out == "" || *bin == "" {
		log.Fatal("usage: images -out DIR -bin DIR [-agent FILE -agent-bin FILE] [-coredns FILE] [-busybox FILE]")
	}
	if err := run(*out, *bin, *agent, *agentBin, *busybox, *coredns); err != nil {
		log.Fatal(err)
	}
}

func run(out, bin, agent, agentBin, busybox, coredns string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	specs, err := imageSpecs(bin, agent, agentBin, busybox, coredns)
	if err != nil {
		return err
	}
	for _, s := range specs {
		file := filepath.Join(out, s.file)
		if err := s.write(file); err != nil {
			return fmt.Errorf("image %s: %w", s.ref, err)
		}
		fmt.Printf("%s %s\n", s.ref, file)
	}
	return nil
}
