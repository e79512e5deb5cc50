package main

import (
	"encoding/json"
	"io"

	"sigs.k8s.io/yaml"
)

// writeStructured writes v as JSON or YAML when format asks for one of them, and reports
// whether it did; "text" (or "") is left to the caller.
func writeStructured(w io.Writer, v any, format string) (bool, error) {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return true, enc.Encode(v)
	case "yaml":
		b, err := yaml.Marshal(v)
		if err != nil {
			return true, err
		}
		_, err = w.Write(b)
		return true, err
	}
	return false, nil
}

// interceptArgs are the command-line arguments of `kube-tun steal|mirror` for a claim, as
// background sessions (CI mode, the Docker sidecar) start it.
func interceptArgs(mode, target, port, name, image, container string, headers []string, path, method string) []string {
	args := []string{mode, target, "--port", port, "--name", name, "--agent-image", image}
	if container != "" {
		args = append(args, "--container", container)
	}
	if mode != "steal" {
		return args
	}
	for _, h := range headers {
		args = append(args, "-H", h)
	}
	if path != "" {
		args = append(args, "--path", path)
	}
	if method != "" {
		args = append(args, "--method", method)
	}
	return args
}
