package kube

import (
	"context"
	"testing"

	corev1 "k8s.io/api/core/v1"
)

func TestAgentGone(t *testing.T) {
	withAgent := func(state corev1.ContainerState) podOpt {
		return func(p *corev1.Pod) {
			p.Spec.EphemeralContainers = []corev1.EphemeralContainer{{EphemeralContainerCommon: corev1.EphemeralContainerCommon{Name: "kube-tun-agent-1"}}}
			p.Status.EphemeralContainerStatuses = []corev1.ContainerStatus{{Name: "kube-tun-agent-1", State: state}}
		}
	}
	starting := func(p *corev1.Pod) {
		p.Spec.EphemeralContainers = []corev1.EphemeralContainer{{EphemeralContainerCommon: corev1.EphemeralContainerCommon{Name: "kube-tun-agent-1"}}}
	}
	running := corev1.ContainerState{Running: &corev1.ContainerStateRunning{}}
	killed := corev1.ContainerState{Terminated: &corev1.ContainerStateTerminated{ExitCode: 137, Reason: "Error"}}
	for _, tc := range []struct {
		name          string
		pod           *corev1.Pod
		ref           PodRef
		gone, podGone bool
	}{
		{"running", readyPod("p", "10.244.0.5", withAgent(running)), PodRef{Name: "p"}, false, false},
		{"starting", readyPod("p", "10.244.0.5", starting), PodRef{Name: "p"}, false, false},
		{"terminated", readyPod("p", "10.244.0.5", withAgent(killed)), PodRef{Name: "p"}, true, false},
		{"missing", readyPod("p", "10.244.0.5"), PodRef{Name: "p"}, true, false},
		{"pod deleted", readyPod("other", "10.244.0.5"), PodRef{Name: "p"}, true, true},
		{"pod replaced", readyPod("p", "10.244.0.5", withAgent(running)), PodRef{Name: "p", UID: "old-uid"}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := fakeCluster(tc.pod)
			gone, podGone, err := c.AgentGone(context.Background(), tc.ref, "kube-tun-agent-1")
			if err != nil {
				t.Fatal(err)
			}
			if gone != tc.gone || podGone != tc.podGone {
				t.Errorf("AgentGone = %v, %v; want %v, %v", gone, podGone, tc.gone, tc.podGone)
			}
		})
	}
}
