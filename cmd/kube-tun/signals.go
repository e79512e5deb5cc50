package main

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interrupted is the cause of the command's context when a signal ended it.
type interrupted struct{ sig syscall.Signal }

func (e *interrupted) Error() string { return e.name() + " received" }

// name is how the user knows the signal.
func (e *interrupted) name() string {
	switch e.sig {
	case syscall.SIGINT:
		return "Ctrl-C"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return e.sig.String()
}

// exitCode is the shell's convention for a process ended by the signal: 128 + its number.
func (e *interrupted) exitCode() int { return 128 + int(e.sig) }

// signalContext returns a context cancelled, with an *interrupted cause, by the first of
// sigs. Later signals are swallowed until stop, so that a second Ctrl-C does not kill
// kube-tun in the middle of its cleanup. stop ends the watch and waits for it.
func signalContext(sigs ...os.Signal) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case s := <-ch:
			if sig, ok := s.(syscall.Signal); ok {
				cancel(&interrupted{sig})
			} else {
				cancel(nil)
			}
		case <-done:
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			close(done)
			wg.Wait()
			signal.Stop(ch)
			cancel(nil)
		})
	}
}
