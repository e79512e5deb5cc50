// Package launch runs one command as if it ran in the target pod, without root: in new
// user, mount and network namespaces (the caller's uid mapped to 0 inside), with its own
// TUN device whose packets a userspace network stack in the calling process ends and
// dials onwards (cluster destinations through the tunnel, everything else from the host,
// like slirp4netns), its own resolv.conf, and the target's volume paths bound from a
// FUSE mount of the target's filesystem.
//
// The parent (Start) re-executes the kube-tun binary as a small init (RunInit) in the new
// namespaces. The init sets up the namespaces, hands the TUN and /dev/fuse descriptors
// back over a unix socket (SCM_RIGHTS), waits until the parent serves both, binds the
// volume paths and executes the command, which keeps the init's pid. Process.DialCommand
// reaches the command's listeners from the parent, for incoming (stolen) connections.
package launch
