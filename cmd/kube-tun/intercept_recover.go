package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/kube"
)

// agentSilence is how long a pod's agent may send nothing (it sends a keepalive every 2 s)
// before keepAgent asks the API server whether its container still runs.
const agentSilence = 3 * time.Second

// keepAgent watches the agent of one intercepted pod until ctx ends. Ephemeral containers
// are never restarted: when the agent's container has ended (killed, OOM, stopped by the
// runtime), it places a new agent in the pod (kube-tun-agent-N+1, or one another developer
// just placed), connects a new session to it and claims again, and hands the new
// podIntercept to replace. Meanwhile the dead agent's redirects lapse with their lease, so
// the pod answers its own traffic. When the pod is deleted or replaced, it calls
// replace(pi, nil) and ends. A silent link with a running agent (API server or kubelet
// restarting, network down) is left to the session's own reconnects.
func keepAgent(ctx context.Context, c *kube.Cluster, f *interceptFlags, claim api.Claim, pi *podIntercept,
	replace func(old, nw *podIntercept), p *progress, log *slog.Logger) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if pi.sess.SilentFor() < agentSilence {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		gone, podGone, err := c.AgentGone(cctx, pi.pod, pi.agent)
		cancel()
		if err != nil || !gone {
			if err != nil {
				log.Debug("check the agent", "pod", pi.pod.Name, "err", err)
			}
			continue
		}
		pi.abandon(log)
		if podGone {
			log.Info("intercepted pod is gone", "pod", pi.pod.Name)
			replace(pi, nil)
			return
		}
		start := time.Now()
		p.printf("! The agent %s in pod %s is gone: placing a new one.\n", pi.agent, pi.pod.Name)
		nw := replaceAgent(ctx, c, f, claim, pi, log)
		if nw == nil {
			replace(pi, nil)
			return
		}
		replace(pi, nw)
		pi = nw
		p.printf("✓ Agent %s in pod %s took over, rule restored (%s)\n", pi.agent, pi.pod.Name, fmtDuration(time.Since(start)))
	}
}

// replaceAgent starts a new podIntercept for old's pod, retrying until it works, the pod is
// gone (nil) or ctx ends (nil).
func replaceAgent(ctx context.Context, c *kube.Cluster, f *interceptFlags, claim api.Claim, old *podIntercept, log *slog.Logger) *podIntercept {
	for {
		nw, err := startPodIntercept(ctx, c, f, old.pod, claim, log)
		if err == nil {
			return nw
		}
		log.Warn("place a new agent", "pod", old.pod.Name, "err", err)
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, podGone, gerr := c.AgentGone(cctx, old.pod, old.agent)
		cancel()
		if gerr == nil && podGone {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Second):
		}
	}
}
