package kube

import _ "embed" // for DeveloperRBAC

// DeveloperRBAC is rbac/developer-role.yaml: the least-privilege Role a developer needs in
// a namespace to use kube-tun, and an optional read-only ClusterRole for exact CIDRs.
//
//go:embed rbac/developer-role.yaml
var DeveloperRBAC []byte
