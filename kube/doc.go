// Package kube talks to the Kubernetes API with client-go: kubeconfig loading in kubectl's
// conventions, target resolution, agent placement, port-forward streams, CIDR discovery.
package kube
