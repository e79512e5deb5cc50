#!/usr/bin/env bash
# A Docker engine for kube-tun's dev-container tests, without disturbing the local cluster.
#
#   hack/docker.sh up     install Debian's docker.io if dockerd is missing, start dockerd if
#                         none runs, guard its bridge, check the cluster still forwards
#   hack/docker.sh down   stop dockerd (by pid) only if `up` started it; restore FORWARD
#   hack/docker.sh status
#
# The guard: containers on docker0 may reach the host (the API server at 10.250.0.1) but
# nothing beyond it, so no test traffic can leave the machine through Docker's masquerade.
set -euo pipefail

STATE=/run/kube-tun-docker
PIDFILE=$STATE/dockerd.pid
LOG=/var/log/kube-tun-dockerd.log
SOCK=/var/run/docker.sock
POD_CIDR=10.244.0.0/16

log() { printf '%s\n' "$*" >&2; }

engine_up() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

guard() {
  # DOCKER-USER is the chain dockerd leaves to the admin and jumps to first from FORWARD.
  iptables -N DOCKER-USER 2>/dev/null || true
  local rules=(
    "-i docker0 ! -o docker0 -m comment --comment kube-tun-guard -j REJECT --reject-with icmp-net-prohibited"
  )
  for r in "${rules[@]}"; do
    # shellcheck disable=SC2086
    iptables -C DOCKER-USER $r 2>/dev/null || iptables -I DOCKER-USER 1 $r
  done
  # Pod traffic keeps its own rules (KT-CLUSTER-FWD, jumped to from FORWARD) even if dockerd
  # set the FORWARD policy to DROP: that chain accepts or rejects every pod packet.
  if [ "$(iptables -S FORWARD | awk '$1=="-P"{print $3}')" = DROP ] && ! iptables -S FORWARD | grep -q -- '-j KT-CLUSTER-FWD'; then
    iptables -A FORWARD -s $POD_CIDR -m comment --comment kube-tun-pods -j ACCEPT
    iptables -A FORWARD -d $POD_CIDR -m comment --comment kube-tun-pods -j ACCEPT
  fi
}

up() {
  mkdir -p "$STATE"
  if engine_up; then
    log "A Docker engine is already running; using it."
    guard
    return 0
  fi
  if ! command -v dockerd >/dev/null; then
    log "Installing Debian's docker.io"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io >/dev/null
  fi
  iptables -S FORWARD | awk '$1=="-P"{print $3}' >"$STATE/forward-policy"
  log "Starting dockerd (log: $LOG)"
  setsid dockerd >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  local deadline=$((SECONDS + 60))
  until engine_up; do
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      log "dockerd exited:"; tail -20 "$LOG" >&2; rm -f "$PIDFILE"; return 1
    fi
    if ((SECONDS > deadline)); then
      log "dockerd did not answer on $SOCK within 60s:"; tail -20 "$LOG" >&2; return 1
    fi
    sleep 0.2
  done
  guard
  log "dockerd $(docker version --format '{{.Server.Version}}') is up (pid $(cat "$PIDFILE"))."
}

# dockerd leaves its iptables chains, jumps and docker0 behind when it stops; remove them,
# since this script started it (rules of other programs are untouched).
remove_docker_leftovers() {
  local t r c
  for t in filter nat; do
    iptables -w 5 -t "$t" -S | grep -E '^-A (FORWARD|PREROUTING|OUTPUT|POSTROUTING) .*(docker0|-j DOCKER)' |
      sed 's/^-A/-D/' | while read -r r; do eval "iptables -w 5 -t $t $r" || true; done
    for c in DOCKER DOCKER-USER DOCKER-ISOLATION-STAGE-1 DOCKER-ISOLATION-STAGE-2; do
      iptables -w 5 -t "$t" -F "$c" 2>/dev/null && iptables -w 5 -t "$t" -X "$c" 2>/dev/null || true
    done
  done
  ip link del docker0 2>/dev/null || true
}

down() {
  if [ ! -f "$PIDFILE" ]; then
    log "dockerd was not started by hack/docker.sh; leaving it alone."
    return 0
  fi
  local pid; pid=$(cat "$PIDFILE")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null; do
      if ((SECONDS > deadline)); then kill -9 "$pid" 2>/dev/null || true; break; fi
      sleep 0.2
    done
  fi
  rm -f "$PIDFILE"
  # dockerd leaves its chains; drop our rules and restore the FORWARD policy it may change.
  while iptables -D FORWARD -s $POD_CIDR -m comment --comment kube-tun-pods -j ACCEPT 2>/dev/null; do :; done
  while iptables -D FORWARD -d $POD_CIDR -m comment --comment kube-tun-pods -j ACCEPT 2>/dev/null; do :; done
  iptables -D DOCKER-USER -i docker0 ! -o docker0 -m comment --comment kube-tun-guard -j REJECT --reject-with icmp-net-prohibited 2>/dev/null || true
  remove_docker_leftovers
  if [ -s "$STATE/forward-policy" ]; then
    iptables -P FORWARD "$(cat "$STATE/forward-policy")"
    rm -f "$STATE/forward-policy"
  fi
  rmdir "$STATE" 2>/dev/null || true
  log "dockerd (pid $pid) stopped."
}

case "${1:-}" in
up) up ;;
down) down ;;
status) engine_up && docker version --format 'dockerd {{.Server.Version}}' || { echo "no engine"; exit 1; } ;;
*) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
