// Package fs serves and mounts a target container's files and reads its environment.
//
// Agent side: FindTargetPID finds the target container's main process in the shared PID
// namespace, ReadEnviron reads its environment, and Server serves its root
// (/proc/PID/root) over SFTP (github.com/pkg/sftp, no SSH: the WireGuard tunnel
// authenticates), resolving every path inside that root with openat2(RESOLVE_IN_ROOT).
//
// Client side: Mount mounts a server with go-fuse, with attribute and entry caching,
// readdirplus answered from one SFTP readdir per directory, readahead for sequential
// reads, and EIO (not a hang) when the server dies. FilterEnv and FormatEnv prepare the
// environment for the CLI.
//
// See README.md for the ptrace access the agent needs and the measured figures.
package fs
