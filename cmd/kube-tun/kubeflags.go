package main

import (
	"errors"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kube-tun/kube-tun/kube"
)

// kubeFlags are kubectl's cluster selection flags.
type kubeFlags struct {
	kubeconfig, context, namespace string
}

func (k *kubeFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&k.kubeconfig, "kubeconfig", "", "path to the kubeconfig file (default $KUBECONFIG or ~/.kube/config)")
	fl.StringVar(&k.context, "context", "", "kubeconfig context to use (default the current context)")
	fl.StringVarP(&k.namespace, "namespace", "n", "", "namespace (default the context's namespace)")
}

// load opens the cluster and turns failures into advice.
func (k *kubeFlags) load() (*kube.Cluster, error) {
	c, err := kube.Load(kube.Options{Kubeconfig: k.kubeconfig, Context: k.context, Namespace: k.namespace})
	if err != nil {
		if errors.Is(err, kube.ErrNoKubeconfig) {
			return nil, configErr(err, "point kube-tun at a cluster with --kubeconfig FILE or the KUBECONFIG variable")
		}
		return nil, configErr(err, "check the kubeconfig file, or pick another with --kubeconfig/--context")
	}
	return c, nil
}

// kubeAdvice classifies a cluster error and says what to do next.
func kubeAdvice(err error) error {
	if ae := adviseKube(err); ae != nil {
		return ae
	}
	return clusterErr(err, "")
}

// adviseKube is kubeAdvice for the errors of the kube package that it knows, nil for
// others: a missing or misspelt target is bad input; RBAC, the agent image and an
// unreachable cluster are the cluster's.
func adviseKube(err error) error {
	var fe *kube.ForbiddenError
	var ie *kube.ImagePullError
	var ue *kube.UnreachableError
	var nf *kube.NotFoundError
	var se *kube.TargetSyntaxError
	var te *kube.TargetError
	switch {
	case errors.As(err, &fe):
		return clusterErr(err, "ask a cluster admin for the kube-tun developer Role (kube/rbac/developer-role.yaml); `kube-tun doctor` lists every missing permission")
	case errors.As(err, &ie):
		return clusterErr(err, "make the agent image pullable by the cluster, or pass --agent-image")
	case errors.As(err, &ue):
		return clusterErr(err, "check that the cluster is running and reachable, and that --context is right")
	case errors.As(err, &nf) && len(nf.Others) > 0:
		return userErr(err, "use one of those names, or pick the namespace with -n")
	case errors.As(err, &nf):
		return userErr(err, "check the name and pick the namespace with -n (`kubectl get "+nf.Kind+"s -A` lists them all)")
	case errors.As(err, &se):
		return userErr(err, "write the target as deploy/NAME, sts/NAME, svc/NAME or pod/NAME")
	case errors.As(err, &te):
		return userErr(err, "") // the problem says what to change
	}
	return nil
}

// resolveAdvice is the advice for a target that could not be resolved: kubeAdvice's for
// the errors it knows, else to look at the target with kubectl.
func resolveAdvice(err error, target, namespace string) error {
	if ae := adviseKube(err); ae != nil {
		return ae
	}
	kind, _, _ := strings.Cut(target, "/")
	return userErr(err, "check the target with `kubectl get "+kind+"` in namespace "+namespace)
}
