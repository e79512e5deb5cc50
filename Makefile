# kube-tun Makefile. `make help` lists the targets.
SHELL := /bin/bash
GO ?= go
BIN := bin/kube-tun
PKGS := ./...
.DEFAULT_GOAL := help

demo: ## the README's demo: local cluster, kube-tun up, two developers stealing by header
	hack/demo.sh

.PHONY: help build image test test-unit fuzz e2e reliability bench lint fmt cluster-up cluster-down cluster-status laptop-shell images demo clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

build: ## build bin/kube-tun and bin/kube-tun-agent (static; the agent image's entrypoint)
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/kube-tun
	CGO_ENABLED=0 $(GO) build -trimpath -o bin/kube-tun-agent ./cmd/kube-tun-agent

test-unit: ## unit and in-process tests with -race (root-only tests skip without root)
	$(GO) test -race -count=1 $(PKGS)

lint: ## go vet + staticcheck + gofmt check
	$(GO) vet $(PKGS)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

e2e: build ## end-to-end tests on netns, TUN, iptables, FUSE and the local cluster
	$(GO) test -tags e2e -count=1 -timeout 40m -v ./e2e/...

RELIABILITY_TESTS ?= TestStealFiltered|TestAgentKilled|TestLinkCut|TestSilentDrop|TestFault.*|TestLoad
reliability: build ## crash and fault matrix and the load test on the local cluster, then a table of their figures (KUBETUN_LOAD_DURATION)
	@rc=0; set -o pipefail; \
	$(GO) test -tags e2e -count=1 -timeout 30m -v -run '^($(RELIABILITY_TESTS))$$' ./e2e/ 2>&1 | tee bin/reliability.log || rc=1; \
	hack/reliability-summary.sh bin/reliability.log || true; exit $$rc

FUZZTIME ?= 8s
fuzz: ## a short run of every fuzz target (seed corpora are in testdata/fuzz)
	GO=$(GO) FUZZTIME=$(FUZZTIME) hack/fuzz.sh

test: lint test-unit fuzz e2e ## everything CI runs: lint, unit tests with -race, fuzzing, e2e

bench: build ## benchmarks against the direct path, printed as a table (KUBETUN_BENCH_OUT, _ROUNDS, _DURATION)
	@# Both parts always run (the tunnel table prints even if a package benchmark fails);
	@# the target fails if either did.
	@rc=0; \
	$(GO) test -run '^$$' -bench . -benchtime 3s ./netstack/... ./tun/... ./agent/... ./fs/... || rc=1; \
	KUBETUN_BENCH_OUT=$${KUBETUN_BENCH_OUT:-$$(mktemp -d /tmp/kube-tun-bench-XXXXXX)} \
	  $(GO) test -tags e2e -count=1 -timeout 30m -run '^$$' -bench Tunnel -benchtime 1x ./e2e/ || rc=1; \
	$(GO) test -tags e2e -count=1 -timeout 10m -run '^$$' -bench AgentFlows -benchtime 1x ./e2e/ || rc=1; \
	$(GO) test -tags e2e -count=1 -timeout 20m -run '^$$' -bench 'Cluster|RunStart|RunThroughput|KubePortForward' -benchtime 3x ./e2e/ || rc=1; \
	$(GO) test -tags e2e -count=1 -timeout 20m -run '^$$' -bench 'StealLatency|StealAgentRSS' -benchtime 1x ./e2e/ || rc=1; \
	exit $$rc

fmt:
	gofmt -w $$(git ls-files '*.go')

cluster-up: ## build (cached) and start the local Kubernetes cluster
	hack/local-cluster/cluster.sh up

cluster-down: ## stop the local cluster and remove everything it created
	hack/local-cluster/cluster.sh down

cluster-status: ## show the local cluster's state
	hack/local-cluster/cluster.sh status

laptop-shell: ## a shell in the "laptop" namespace (reaches the API server only)
	hack/local-cluster/cluster.sh laptop-shell

image: build ## kube-tun image for Docker (FROM scratch, from bin/kube-tun), loaded into the local engine
	bin/kube-tun docker image

images: build ## build container images and import them into the local cluster
	hack/local-cluster/cluster.sh images

clean:
	rm -rf bin
