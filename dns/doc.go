// Package dns resolves cluster names: the agent's resolver that answers with the pod's
// resolver configuration, and the client-side steering of cluster names to it.
package dns
