package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// GRPCMethod is the one method the gRPC echo serves. The response message is the request
// message, byte for byte (so any protobuf message type round-trips), and the header
// metadata "pod-name" names the pod.
const GRPCMethod = "/kt.echo.v1.Echo/Echo"

const maxGRPCMessage = 16 << 20

func (e *echo) grpc(w http.ResponseWriter, r *http.Request) {
	if r.ProtoMajor != 2 || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/grpc") {
		http.Error(w, "gRPC needs HTTP/2 and content-type application/grpc", http.StatusUnsupportedMediaType)
		return
	}
	w.Header().Set("Content-Type", "application/grpc")
	w.Header().Set("Pod-Name", e.pod)
	w.Header().Set("Trailer", "Grpc-Status, Grpc-Message")
	status, msg := 0, ""
	defer func() {
		w.Header().Set("Grpc-Status", fmt.Sprint(status))
		if msg != "" {
			w.Header().Set("Grpc-Message", msg)
		}
	}()
	if r.URL.Path != GRPCMethod {
		status, msg = 12, "unknown method "+r.URL.Path // UNIMPLEMENTED
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	// Unary: exactly one length-prefixed message.
	var hdr [5]byte
	if _, err := io.ReadFull(r.Body, hdr[:]); err != nil {
		status, msg = 13, "read message header: "+err.Error() // INTERNAL
		return
	}
	if hdr[0] != 0 {
		status, msg = 12, "compressed messages are not supported"
		return
	}
	n := binary.BigEndian.Uint32(hdr[1:])
	if n > maxGRPCMessage {
		status, msg = 8, "message too large" // RESOURCE_EXHAUSTED
		return
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r.Body, body); err != nil {
		status, msg = 13, "read message: "+err.Error()
		return
	}
	if _, err := w.Write(hdr[:]); err != nil {
		return
	}
	_, _ = w.Write(body)
}
