// Package e2eutil connects kube-tun's end-to-end tests to the local cluster
// (hack/local-cluster) and to the host's network namespaces: clients, exec, port-forward,
// ephemeral containers, commands in a netns, and waiting on conditions with deadlines.
//
// Every helper takes a testing.TB, fails the test on setup errors, and registers cleanups
// for what it creates.
package e2eutil
