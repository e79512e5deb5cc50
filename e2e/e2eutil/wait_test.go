package e2eutil

import (
	"context"
	"errors"
	"regexp"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestPoll(t *testing.T) {
	n := 0
	err := Poll(context.Background(), time.Millisecond, func(context.Context) (bool, error) {
		n++
		return n == 3, nil
	})
	if err != nil || n != 3 {
		t.Fatalf("n=%d err=%v", n, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err = Poll(ctx, time.Millisecond, func(context.Context) (bool, error) { return false, errors.New("not yet") })
	if !errors.Is(err, context.DeadlineExceeded) || !regexp.MustCompile(`not yet`).MatchString(err.Error()) {
		t.Fatalf("timeout error %v", err)
	}
}

func TestUniqueName(t *testing.T) {
	a, b := UniqueName("kt"), UniqueName("kt")
	if a == b || !regexp.MustCompile(`^kt-[0-9a-f]{6}$`).MatchString(a) {
		t.Fatalf("%q %q", a, b)
	}
}

func TestKubeconfigEnv(t *testing.T) {
	t.Setenv("KUBETUN_E2E_KUBECONFIG", "/x/kc")
	if Kubeconfig() != "/x/kc" {
		t.Fatal(Kubeconfig())
	}
	t.Setenv("KUBETUN_E2E_KUBECONFIG", "")
	if Kubeconfig() != DefaultKubeconfig {
		t.Fatal(Kubeconfig())
	}
}
