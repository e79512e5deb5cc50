package e2eutil

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"k8s.io/apimachinery/pkg/util/intstr"
)

// EchoReply is the JSON answer of kt-echo's HTTP (and h2c) echo.
type EchoReply struct {
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

// GetEcho GETs url with client (http.DefaultClient when nil) and decodes kt-echo's reply.
func GetEcho(ctx context.Context, client *http.Client, url string) (EchoReply, error) {
	if client == nil {
		client = http.DefaultClient
	}
	var r EchoReply
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return r, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return r, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return r, fmt.Errorf("read %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return r, fmt.Errorf("GET %s: %s: %s", url, resp.Status, b)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("decode echo reply from %s: %w", url, err)
	}
	return r, nil
}

func intstrPort(p int) intstr.IntOrString { return intstr.FromInt32(int32(p)) }
