// Package kube talks to the Kubernetes API with client-go: kubeconfig loading in kubectl's
// conventions (Load), target resolution (ResolveTarget, WatchTargetPods), agent placement
// as an unprivileged pod (EnsureTargetlessAgent) or an ephemeral container
// (EnsureTargetAgent), port-forward streams without kubectl (PortForward), CIDR discovery
// (DiscoverCIDRs) and RBAC checks (CheckAccess, rbac/developer-role.yaml). See README.md.
package kube
