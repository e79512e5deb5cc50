package fs

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// fsType is the file system type of kube-tun's mounts in /proc/self/mountinfo.
const fsType = "fuse.kube-tun"

// ErrNotKubeTun is returned by Unmount for a mount point that kube-tun did not mount: it
// is left alone.
var ErrNotKubeTun = errors.New("not a kube-tun mount")

// mountedType reports the file system type mounted at dir (the top one, if several are
// stacked), "" if dir is not a mount point.
func mountedType(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return "", err
	}
	defer f.Close()
	typ := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		point, t, ok := parseMountinfo(sc.Text())
		if ok && point == abs {
			typ = t
		}
	}
	return typ, sc.Err()
}

// parseMountinfo returns the mount point and file system type of one line of
// /proc/self/mountinfo: "ID PARENT MAJ:MIN ROOT POINT OPTIONS [TAGS...] - TYPE SOURCE ...",
// where POINT escapes space, tab, newline and backslash in octal.
func parseMountinfo(line string) (point, typ string, ok bool) {
	fields := strings.Fields(line)
	sep := -1
	for i, f := range fields {
		if f == "-" && i >= 6 {
			sep = i
			break
		}
	}
	if sep < 0 || sep+1 >= len(fields) {
		return "", "", false
	}
	return unescapeOctal(fields[4]), fields[sep+1], true
}

func unescapeOctal(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// checkOurs returns nil if dir is a kube-tun mount, errNotMounted if nothing is mounted
// there, and an error wrapping ErrNotKubeTun for any other mount.
func checkOurs(dir string) error {
	typ, err := mountedType(dir)
	switch {
	case err != nil:
		return fmt.Errorf("unmount %s: read mount table: %w", dir, err)
	case typ == "":
		return errNotMounted
	case typ != fsType:
		return fmt.Errorf("unmount %s: a %s mount: %w", dir, typ, ErrNotKubeTun)
	}
	return nil
}

var errNotMounted = errors.New("not mounted")
