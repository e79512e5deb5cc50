package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strconv"
	"time"
)

type echo struct {
	pod string
}

// Reply is the JSON body of every echo answer.
type Reply struct {
	Pod        string              `json:"pod"`
	Proto      string              `json:"proto"`
	Method     string              `json:"method"`
	Host       string              `json:"host"`
	Path       string              `json:"path"`
	Query      string              `json:"query,omitempty"`
	Remote     string              `json:"remote"`
	Headers    map[string][]string `json:"headers"`
	BodyLen    int64               `json:"bodyLen"`
	BodySHA256 string              `json:"bodySha256,omitempty"`
}

func (e *echo) httpMux() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("/bytes", e.bytes)
	mux.HandleFunc("/ws", e.websocket)
	mux.HandleFunc("/", e.echo)
	return mux
}

// echo answers with a Reply. The body is always read and counted; its SHA-256 is computed
// when the query has sha256=1 or the header X-Echo-Sha256 is set. status=N sets the code.
// delay=D (a Go duration, at most 30 s) holds the answer back for D, and logs
// "holding <path> for D" when it starts, so that a test knows the request is in flight.
func (e *echo) echo(w http.ResponseWriter, r *http.Request) {
	if d, err := time.ParseDuration(r.URL.Query().Get("delay")); err == nil && d > 0 {
		d = min(d, 30*time.Second)
		log.Printf("holding %s for %s", r.URL.Path, d)
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
	}
	rep := Reply{
		Pod: e.pod, Proto: r.Proto, Method: r.Method, Host: r.Host, Path: r.URL.Path,
		Query: r.URL.RawQuery, Remote: r.RemoteAddr, Headers: r.Header,
	}
	h := sha256.New()
	var dst io.Writer = io.Discard
	hash := r.URL.Query().Get("sha256") == "1" || r.Header.Get("X-Echo-Sha256") != ""
	if hash {
		dst = h
	}
	n, err := io.Copy(dst, r.Body)
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	rep.BodyLen = n
	if hash {
		rep.BodySHA256 = hex.EncodeToString(h.Sum(nil))
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Pod-Name", e.pod)
	if s, err := strconv.Atoi(r.URL.Query().Get("status")); err == nil && s >= 200 && s < 600 {
		w.WriteHeader(s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(rep)
}

// bytes streams n bytes (query n, default 1 MiB) of a repeating pattern, for throughput tests.
func (e *echo) bytes(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
	if err != nil || n < 0 {
		n = 1 << 20
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
	w.Header().Set("X-Pod-Name", e.pod)
	buf := make([]byte, 256<<10)
	for i := range buf {
		buf[i] = byte(i)
	}
	for n > 0 {
		chunk := min(n, int64(len(buf)))
		if _, err := w.Write(buf[:chunk]); err != nil {
			return
		}
		n -= chunk
	}
}
