// Package fs serves and mounts a target container's files and reads its environment: an
// SFTP server rooted at the target's root on the agent, and a go-fuse mount on the client.
package fs
