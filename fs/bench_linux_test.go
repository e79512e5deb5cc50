package fs

import (
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/pkg/sftp"

	"github.com/kube-tun/kube-tun/e2e/faultproxy"
)

const benchSize = 100 << 20

// benchTree serves a root holding a 100 MB file and mounts it.
func benchMount(b *testing.B, opts MountOptions) (root, mnt, addr string) {
	root = b.TempDir()
	writeRandomFile(b, filepath.Join(root, "big"), benchSize)
	addr = startServer(b, root, false)
	_, mnt = mountAt(b, addr, opts)
	return root, mnt, addr
}

// BenchmarkLatency reads and writes 100 MB through a mount whose connection adds 1 ms
// each way (a port-forward or a distant cluster), with readahead and write-behind off
// ("plain") and on ("tuned").
func BenchmarkLatency(b *testing.B) {
	needFUSE(b)
	root := b.TempDir()
	writeRandomFile(b, filepath.Join(root, "big"), benchSize)
	p := faultproxy.New(b, startServer(b, root, false), faultproxy.Delay(time.Millisecond))
	_, mnt := mountAt(b, p.Addr(), MountOptions{})
	for _, tuned := range []bool{false, true} {
		name := "plain"
		if tuned {
			name = "tuned"
		}
		readaheadOn.Store(tuned)
		writeBehindOn.Store(tuned)
		b.Run("read-"+name, func(b *testing.B) {
			b.SetBytes(benchSize)
			for b.Loop() {
				readAll(b, filepath.Join(mnt, "big"))
			}
		})
		b.Run("write-"+name, func(b *testing.B) {
			buf := make([]byte, 1<<20)
			b.SetBytes(benchSize)
			for b.Loop() {
				writeAll(b, filepath.Join(mnt, "out"), buf)
			}
		})
	}
	readaheadOn.Store(true)
	writeBehindOn.Store(true)
}

func readAll(b *testing.B, p string) {
	f, err := os.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	n, err := io.CopyBuffer(io.Discard, f, make([]byte, 1<<20))
	if err != nil || n != benchSize {
		b.Fatalf("read %d, %v", n, err)
	}
}

// BenchmarkSeqRead reads a 100 MB file directly and through the mount (SFTP over TCP
// loopback). Compare the MB/s of the two.
func BenchmarkSeqRead(b *testing.B) {
	needFUSE(b)
	root, mnt, addr := benchMount(b, MountOptions{})
	b.Run("direct", func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			readAll(b, filepath.Join(root, "big"))
		}
	})
	b.Run("fuse", func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			readAll(b, filepath.Join(mnt, "big"))
		}
	})
	// The SFTP client alone, without FUSE: the ceiling for the mount.
	b.Run("sftp", func(b *testing.B) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		c, err := sftp.NewClientPipe(conn, conn, sftp.MaxPacketUnchecked(maxPacket), sftp.UseConcurrentReads(true), sftp.MaxConcurrentRequestsPerFile(64))
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		b.SetBytes(benchSize)
		for b.Loop() {
			f, err := c.Open("/big")
			if err != nil {
				b.Fatal(err)
			}
			if n, err := f.WriteTo(io.Discard); err != nil || n != benchSize {
				b.Fatalf("read %d, %v", n, err)
			}
			f.Close()
		}
	})
}

func writeAll(b *testing.B, p string, buf []byte) {
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	for off := 0; off < benchSize; off += len(buf) {
		if _, err := f.Write(buf); err != nil {
			b.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSeqWrite writes 100 MB in 1 MiB writes, directly and through the mount.
func BenchmarkSeqWrite(b *testing.B) {
	needFUSE(b)
	root, mnt, _ := benchMount(b, MountOptions{})
	buf := make([]byte, 1<<20)
	b.Run("direct", func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			writeAll(b, filepath.Join(root, "out"), buf)
		}
	})
	b.Run("fuse", func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			writeAll(b, filepath.Join(mnt, "out"), buf)
		}
	})
}

// BenchmarkLsLR runs ls -lR over 2,000 files: directly, through a fresh mount each time
// (cold) and through a mount whose caches are warm.
func BenchmarkLsLR(b *testing.B) {
	needFUSE(b)
	root := b.TempDir()
	makeManyFiles(b, root, 2000)
	addr := startServer(b, root, false)
	ls := func(b *testing.B, dir string) {
		if err := exec.Command("ls", "-lR", dir).Run(); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			ls(b, root)
		}
	})
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			m, mnt := mountAt(b, addr, MountOptions{})
			b.StartTimer()
			ls(b, mnt)
			b.StopTimer()
			m.Close()
			b.StartTimer()
		}
	})
	b.Run("warm", func(b *testing.B) {
		_, mnt := mountAt(b, addr, MountOptions{AttrTimeout: 60e9, EntryTimeout: 60e9})
		ls(b, mnt)
		for b.Loop() {
			ls(b, mnt)
		}
	})
}
