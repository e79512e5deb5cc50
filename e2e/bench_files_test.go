//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// BenchmarkClusterFiles measures the target's files through `kube-tun mount --rw` (FUSE on
// this machine, SFTP over the tunnel, the agent in the pod) against moving the same bytes
// through an exec stream (what `kubectl cp` does), in one run: a sequential read and a
// sequential write of 100 MB, and `ls -lR` of 2,000 files in 20 directories.
//
//	go test -tags e2e -run '^$' -bench ClusterFiles -benchtime 1x ./e2e/
func BenchmarkClusterFiles(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, _ := binaries(b)
	const size = 100 << 20
	ns, pod := e2eutil.Namespace, "envfiles"
	name := e2eutil.UniqueName("kt-files")
	podExec := func(cmd string) {
		b.Helper()
		if out, stderr, err := e2eutil.Exec(b, ns, pod, "", "sh", "-c", cmd); err != nil {
			b.Fatalf("%s: %v %s %s", cmd, err, out, stderr)
		}
	}
	b.Cleanup(func() { _, _, _ = e2eutil.Exec(b, ns, pod, "", "rm", "-rf", "/data/"+name) })
	podExec(fmt.Sprintf(`mkdir -p /data/%[1]s/tree && dd if=/dev/urandom of=/data/%[1]s/big bs=1048576 count=100 2>/dev/null &&
cd /data/%[1]s/tree && for d in $(seq 1 20); do mkdir d$d; for f in $(seq 1 100); do echo $f > d$d/f$f; done; done`, name))

	// Through an exec stream.
	timed := func(fn func()) time.Duration { start := time.Now(); fn(); return time.Since(start) }
	execRead := timed(func() {
		out, _, err := e2eutil.Exec(b, ns, pod, "", "cat", "/data/"+name+"/big")
		if err != nil || len(out) != size {
			b.Fatalf("exec cat: %d bytes, %v", len(out), err)
		}
	})
	execWrite := timed(func() {
		if _, stderr, err := e2eutil.ExecWithInput(b, ns, pod, "", io.LimitReader(zeros{}, size), "sh", "-c", "cat > /data/"+name+"/w-exec && sync"); err != nil {
			b.Fatalf("exec write: %v %s", err, stderr)
		}
	})
	execList := timed(func() { podExec("ls -lR /data/" + name + "/tree >/dev/null") })

	// Through the mount.
	dir := b.TempDir()
	p := start(b, "", nil, kt, "mount", "--rw", "--kubeconfig", e2eutil.Kubeconfig(), "-n", ns, "pod/"+pod, dir)
	b.Cleanup(func() { _ = exec.Command(kt, "umount", dir).Run() })
	p.waitOutput(b, "Mounted", 2*time.Minute)
	root := filepath.Join(dir, "data", name)
	fuseRead := timed(func() {
		f, err := os.Open(filepath.Join(root, "big"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if n, err := io.CopyBuffer(io.Discard, f, make([]byte, 1<<20)); err != nil || n != size {
			b.Fatalf("read through the mount: %d bytes, %v", n, err)
		}
	})
	fuseWrite := timed(func() {
		f, err := os.Create(filepath.Join(root, "w-fuse"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.CopyBuffer(f, io.LimitReader(zeros{}, size), make([]byte, 1<<20)); err != nil {
			b.Fatalf("write through the mount: %v", err)
		}
		if err := f.Sync(); err != nil {
			b.Fatalf("fsync through the mount: %v", err)
		}
		if err := f.Close(); err != nil {
			b.Fatalf("close through the mount: %v", err)
		}
	})
	var lsOut bytes.Buffer
	fuseList := timed(func() {
		cmd := exec.Command("ls", "-lR", filepath.Join(root, "tree"))
		cmd.Stdout = &lsOut
		if err := cmd.Run(); err != nil {
			b.Fatalf("ls -lR through the mount: %v", err)
		}
	})
	if n := bytes.Count(lsOut.Bytes(), []byte("\n")); n < 2000 {
		b.Fatalf("ls -lR listed %d lines, want 2,000 files", n)
	}
	st, err := os.Stat(filepath.Join(root, "w-fuse"))
	if err != nil || st.Size() != size {
		b.Fatalf("written file in the pod: %v, %v", st, err)
	}
	if out, err := exec.Command(kt, "umount", dir).CombinedOutput(); err != nil {
		b.Fatalf("umount: %v %s", err, out)
	}
	p.stop(10 * time.Second)

	mbps := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	b.ReportMetric(mbps(fuseRead), "read-MB/s-mount")
	b.ReportMetric(mbps(execRead), "read-MB/s-exec")
	b.ReportMetric(mbps(fuseWrite), "write-MB/s-mount")
	b.ReportMetric(mbps(execWrite), "write-MB/s-exec")
	b.ReportMetric(fuseList.Seconds()*1000, "ls-lR-2000-ms-mount")
	b.ReportMetric(execList.Seconds()*1000, "ls-lR-2000-ms-exec")
	b.ReportMetric(0, "ns/op")
}

// zeros is an endless reader of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }
