package kube

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/watch"
)

// errStop ends watchPods without an error.
var errStop = errors.New("stop watching")

// podEvent handles one pod event: Added (also for each pod of a (re)list), Modified or
// Deleted. Returning errStop ends the watch successfully; any other error ends it with
// that error.
type podEvent func(typ watch.EventType, p *corev1.Pod) error

// watchPods lists the pods matching opts in ns and then follows them, calling fn for each
// pod of every list and for each event, until fn stops it or ctx ends (ctx.Err()). When
// the watch ends (server timeout, expired resource version) it lists again. listed, if
// not nil, is called after each list with its pods and may stop the watch too.
//
// It is a small list-and-watch loop rather than an informer: no goroutines, and no klog
// output to the user's terminal.
func (c *Cluster) watchPods(ctx context.Context, ns string, opts metav1.ListOptions, listed func([]corev1.Pod) error, fn podEvent) error {
	pods := c.Client.CoreV1().Pods(ns)
	backoff := 100 * time.Millisecond
	for {
		list, err := pods.List(ctx, opts)
		if err != nil {
			return stopped(ctx, forbidden(err, "list", "pods", ns))
		}
		for i := range list.Items {
			if err := fn(watch.Added, &list.Items[i]); err != nil {
				return stopped(ctx, err)
			}
		}
		if listed != nil {
			if err := listed(list.Items); err != nil {
				return stopped(ctx, err)
			}
		}
		wopts := opts
		wopts.ResourceVersion = list.ResourceVersion
		wopts.AllowWatchBookmarks = true
		w, err := pods.Watch(ctx, wopts)
		if err != nil {
			return stopped(ctx, forbidden(err, "watch", "pods", ns))
		}
		err = c.follow(ctx, w, fn)
		w.Stop()
		if !errors.Is(err, errRelist) {
			return stopped(ctx, err)
		}
		// Don't hammer a server that closes watches at once.
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

var errRelist = errors.New("relist")

func (c *Cluster) follow(ctx context.Context, w watch.Interface, fn podEvent) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev, ok := <-w.ResultChan():
			if !ok {
				return errRelist
			}
			switch ev.Type {
			case watch.Added, watch.Modified, watch.Deleted:
				if p, ok := ev.Object.(*corev1.Pod); ok {
					if err := fn(ev.Type, p); err != nil {
						return err
					}
				}
			case watch.Error:
				if st, ok := ev.Object.(*metav1.Status); ok && st.Code != http.StatusGone {
					return fmt.Errorf("watch pods: %w", apierrors.FromObject(st))
				}
				return errRelist // expired resource version: list again
			}
		}
	}
}

// stopped maps the end of a watch: errStop is success, and after ctx ended its error wins.
func stopped(ctx context.Context, err error) error {
	if errors.Is(err, errStop) {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
