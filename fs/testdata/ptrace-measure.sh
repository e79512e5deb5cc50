#!/bin/bash
# Run as root. Measures ptrace-read access to /proc/PID/environ and /proc/PID/root across uids and caps.
set -u
DEF=+chown,+dac_override,+fowner,+fsetid,+kill,+setgid,+setuid,+setpcap,+net_bind_service,+net_raw,+sys_chroot,+mknod,+audit_write,+setfcap
# setpriv needs no passwd entry for the uids; nothing is created.
# targets
env -i MARK=t_user setpriv --reuid=1000 --regid=1000 --clear-groups --inh-caps=-all --bounding-set=-all sleep 120 & TU=$!
env -i MARK=t_root setpriv --bounding-set=-all,$DEF sleep 120 & TR=$!
env -i MARK=t_rootextra setpriv --bounding-set=-all,$DEF,+sys_admin sleep 120 & TRX=$!
trap "kill $TU $TR $TRX 2>/dev/null" EXIT
sleep 0.5
probe() { # label, reader-prefix..., pid
  local label=$1; shift; local pid=${@: -1}; local pre=("${@:1:$#-1}")
  local e r
  e=$("${pre[@]}" sh -c "tr '\0' '\n' </proc/$pid/environ 2>&1 | grep -c MARK= || true" 2>&1 | tail -1)
  r=$("${pre[@]}" sh -c "ls /proc/$pid/root/ >/dev/null 2>&1 && echo ok || echo denied" 2>&1 | tail -1)
  [ "$e" = "1" ] && e=ok || e=denied
  printf '%-58s environ=%-7s root=%s\n' "$label" "$e" "$r"
}
for T in "user-uid1000-nocaps:$TU" "root-defaultcaps:$TR" "root-defaultcaps+SYS_ADMIN:$TRX"; do
  n=${T%%:*}; p=${T##*:}
  echo "== target $n (pid $p)"
  probe "reader root, all caps"                         $p
  probe "reader root, default+NET_ADMIN, no SYS_PTRACE" setpriv --bounding-set=-all,$DEF,+net_admin $p
  probe "reader root, default+NET_ADMIN+SYS_PTRACE"     setpriv --bounding-set=-all,$DEF,+net_admin,+sys_ptrace $p
  probe "reader root, no caps at all"                   setpriv --bounding-set=-all $p
  probe "reader uid1000, no caps"                       setpriv --reuid=1000 --regid=1000 --clear-groups --inh-caps=-all --bounding-set=-all $p
  probe "reader uid1000 +SYS_PTRACE (ambient)"          setpriv --reuid=1000 --regid=1000 --clear-groups --inh-caps=-all,+sys_ptrace --ambient-caps=+sys_ptrace --bounding-set=-all,+sys_ptrace $p
  probe "reader uid1001, no caps"                       setpriv --reuid=1001 --regid=1001 --clear-groups --inh-caps=-all --bounding-set=-all $p
done
