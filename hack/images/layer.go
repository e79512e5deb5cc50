package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// fileEntry is one entry of an image layer: a directory, a symlink, inline content or a
// file copied from the host (symlinks followed).
type fileEntry struct {
	path     string // absolute path in the image
	mode     int64
	typ      byte
	linkname string
	data     string // inline content
	hostPath string // copy from here when set
}

func dir(p string, mode int64) fileEntry { return fileEntry{path: p, mode: mode, typ: tar.TypeDir} }
func symlink(p, target string) fileEntry {
	return fileEntry{path: p, mode: 0o777, typ: tar.TypeSymlink, linkname: target}
}
func content(p, data string, mode int64) fileEntry {
	return fileEntry{path: p, mode: mode, typ: tar.TypeReg, data: data}
}
func hostFile(host, p string, mode int64) fileEntry {
	return fileEntry{path: p, mode: mode, typ: tar.TypeReg, hostPath: host}
}

// layerTar builds an uncompressed tar of files, creating parent directories as needed.
// Later entries for the same path win.
func layerTar(files []fileEntry) ([]byte, error) {
	byPath := map[string]fileEntry{}
	for _, f := range files {
		for d := path.Dir(f.path); d != "/"; d = path.Dir(d) {
			if _, ok := byPath[d]; !ok {
				byPath[d] = dir(d, 0o755)
			}
		}
		byPath[f.path] = f
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, p := range paths {
		f := byPath[p]
		hdr := &tar.Header{Name: strings.TrimPrefix(p, "/"), Mode: f.mode, Typeflag: f.typ, Linkname: f.linkname, Format: tar.FormatPAX}
		var body []byte
		if f.typ == tar.TypeReg {
			body = []byte(f.data)
			if f.hostPath != "" {
				b, err := os.ReadFile(f.hostPath)
				if err != nil {
					return nil, err
				}
				body = b
			}
			hdr.Size = int64(len(body))
		}
		if f.typ == tar.TypeDir {
			hdr.Name += "/"
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, fmt.Errorf("tar %s: %w", p, err)
		}
		if _, err := tw.Write(body); err != nil {
			return nil, fmt.Errorf("tar %s: %w", p, err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// write builds the image and writes it as a docker-save tarball to file.
func (s spec) write(file string) error {
	data, err := layerTar(s.files)
	if err != nil {
		return err
	}
	layer, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(data)), nil
	}, tarball.WithCompressionLevel(gzip.BestSpeed))
	if err != nil {
		return fmt.Errorf("layer: %w", err)
	}
	img, err := mutate.AppendLayers(empty.Image, layer)
	if err != nil {
		return fmt.Errorf("append layer: %w", err)
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return err
	}
	cf = cf.DeepCopy()
	cf.OS, cf.Architecture = "linux", "amd64"
	cf.Config = v1.Config{Entrypoint: s.entrypoint, Cmd: s.cmd, Env: s.env, WorkingDir: "/"}
	img, err = mutate.ConfigFile(img, cf)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	tag, err := name.NewTag(s.ref)
	if err != nil {
		return err
	}
	tmp := file + ".tmp"
	if err := tarball.WriteToFile(tmp, tag, img); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	return os.Rename(tmp, file)
}
