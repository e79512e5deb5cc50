package agent

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/kube-tun/kube-tun/agent/api"
)

// FuzzClaimDecode feeds arbitrary bodies to the claim decoder and parser: they must be
// refused with an error, never crash or be half-applied.
func FuzzClaimDecode(f *testing.F) {
	for _, c := range []api.Claim{
		{Port: 8080, LocalPort: 8080, Mode: "steal"},
		{Port: 80, LocalPort: 3000, Mode: "steal", Headers: map[string]string{"X-User": "alice"}, Path: "^/api/", Method: "GET|HEAD"},
		{Port: 80, LocalPort: 3000, Mode: "mirror"},
	} {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	f.Add([]byte(`{"port":70000}`))
	f.Add([]byte(`{"headers":{"":"("}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c api.Claim
		if err := json.NewDecoder(bytes.NewReader(b)).Decode(&c); err != nil {
			return
		}
		_, _, _ = parseClaim(c)
	})
}

// FuzzRegister posts arbitrary bodies to the registration endpoint of an agent without a
// WireGuard device: every one must get a 4xx/5xx answer, not a crash.
func FuzzRegister(f *testing.F) {
	f.Add([]byte(`{"publicKey":"AAAA","protocol":1}`))
	f.Add([]byte(`{"publicKey":"` + string(bytes.Repeat([]byte("A"), 43)) + `=","protocol":1,"name":"x"}`))
	f.Add([]byte(`not json`))
	f.Add([]byte(`{"publicKey":"` + string(bytes.Repeat([]byte("A"), 43)) + `=","protocol":1} trailing`))
	a := &Agent{cfg: Config{Version: "fuzz"}}
	h := a.registerHandler()
	f.Fuzz(func(t *testing.T, b []byte) {
		// The handler's own decoder decides: it accepts trailing bytes after the object.
		if req, err := decodeRegister(bytes.NewReader(b)); err == nil && req.Protocol == api.ProtocolVersion {
			return // a valid registration needs a WireGuard device; covered by agent_test.go
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/register", bytes.NewReader(b)))
		if w.Code < 400 {
			t.Fatalf("accepted %q with %d", b, w.Code)
		}
	})
}
