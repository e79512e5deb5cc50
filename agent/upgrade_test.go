package agent_test

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
)

// upgradeDial opens the stream transport on the registration port with the HTTP upgrade the
// API server's pods/proxy relays.
func upgradeDial(ctx context.Context, addr string, header string) (net.Conn, *http.Response, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	req := "GET " + api.StreamUpgradePath + " HTTP/1.1\r\nHost: agent\r\n" + header + "\r\n"
	if _, err := io.WriteString(c, req); err != nil {
		c.Close()
		return nil, nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, resp, nil
}

func TestSessionOverStreamUpgrade(t *testing.T) {
	h := startAgent(t, -1)
	reg := h.agent.RegisterAddr().String()
	var d net.Dialer
	s, err := client.Connect(context.Background(), client.Options{
		Name: "carol", Version: "test", Transport: client.TransportProxy, Userspace: true,
		Register: func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "tcp", reg) },
		Stream: func(ctx context.Context) (io.ReadWriteCloser, error) {
			c, resp, err := upgradeDial(ctx, reg, "Connection: Upgrade\r\nUpgrade: "+api.StreamUpgradeProtocol+"\r\n")
			if err == nil && resp.StatusCode != http.StatusSwitchingProtocols {
				c.Close()
				t.Errorf("upgrade answered %s", resp.Status)
				return nil, io.ErrUnexpectedEOF
			}
			return c, err
		},
	}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := get(t, s, "http://"+testNet+"/up"); got != "hello /up" {
		t.Fatalf("GET through the upgraded stream: %q", got)
	}
}

func TestStreamUpgradeRefusesPlainRequests(t *testing.T) {
	h := startAgent(t, -1)
	for _, hdr := range []string{"", "Connection: keep-alive\r\nUpgrade: " + api.StreamUpgradeProtocol + "\r\n", "Connection: Upgrade\r\nUpgrade: websocket\r\n"} {
		c, resp, err := upgradeDial(context.Background(), h.agent.RegisterAddr().String(), hdr)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		c.Close()
		if resp.StatusCode != http.StatusUpgradeRequired || !strings.Contains(string(body), api.StreamUpgradeProtocol) {
			t.Errorf("headers %q: %s %s", hdr, resp.Status, body)
		}
	}
}
