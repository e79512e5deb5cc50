#!/usr/bin/env bash
# Fetches systemd-resolved, resolvectl and dbus-daemon from Debian apt and unpacks them
# (dpkg -x, no maintainer scripts, nothing installed) into a cache outside the repo, for
# e2e/resolved_test.go, which runs them in a private mount and network namespace.
# Idempotent: does nothing when the cache holds the same versions.
#
#   hack/resolved/fetch.sh            # cache in /var/cache/kube-tun/resolved
#   KT_RESOLVED_CACHE=/x hack/resolved/fetch.sh
#
# Prints the root of the unpacked tree (…/root) on success.
set -euo pipefail

cache=${KT_RESOLVED_CACHE:-/var/cache/kube-tun/resolved}

candidate() { apt-cache policy "$1" | awk '/Candidate:/ {print $2}'; }

ver=$(candidate systemd-resolved)
if [[ -z $ver || $ver == "(none)" ]]; then
	apt-get update -qq >&2
	ver=$(candidate systemd-resolved)
fi
dbusver=$(candidate dbus-daemon)
if [[ -z $ver || $ver == "(none)" || -z $dbusver || $dbusver == "(none)" ]]; then
	echo "fetch.sh: apt knows no systemd-resolved/dbus-daemon candidate" >&2
	exit 1
fi
# libsystemd-shared must match systemd-resolved exactly (private ABI); libdbus-1-3 is
# taken along so dbus-daemon does not depend on the host's copy.
pkgs=(
	"systemd-resolved=$ver"
	"libsystemd-shared=$ver"
	"libnss-resolve=$ver"
	"dbus-daemon=$dbusver"
	"libdbus-1-3=$dbusver"
)
# Libraries they link that this machine lacks (a minimal one may have no systemd or D-Bus)
# are unpacked too; the programs' own packages and what the namespace does not use are not.
skip=" systemd dbus dbus-bin dbus-session-bus-common dbus-system-bus-common libc6 libsystemd-shared libdbus-1-3 systemd-resolved "
for dep in $(apt-cache depends "${pkgs[@]}" 2>/dev/null | awk '$1 == "Depends:" && $2 !~ /^</ {print $2}' | sort -u); do
	[[ $skip == *" $dep "* ]] && continue
	dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q 'install ok installed' && continue
	pkgs+=("$dep")
done
stamp="${pkgs[*]}"

if [[ -f $cache/stamp && $(cat "$cache/stamp") == "$stamp" && -x $cache/root/lib/systemd/systemd-resolved ]]; then
	echo "$cache/root"
	exit 0
fi

mkdir -p "$(dirname "$cache")"
tmp=$(mktemp -d "$(dirname "$cache")/.resolved.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/debs" "$tmp/root"
# apt warns that its _apt user cannot write the root-only temp dir and downloads as root.
(cd "$tmp/debs" && apt-get download -q "${pkgs[@]}" 2>&1 | grep -v 'unsandboxed as root' >&2 || true)
for deb in "$tmp"/debs/*.deb; do
	dpkg-deb -x "$deb" "$tmp/root"
done
test -x "$tmp/root/lib/systemd/systemd-resolved"
test -x "$tmp/root/usr/bin/resolvectl"
test -x "$tmp/root/usr/bin/dbus-daemon"
r=$tmp/root
case $(dpkg --print-architecture) in
arm64) arch=aarch64-linux-gnu ;;
*) arch=x86_64-linux-gnu ;;
esac
missing=$(LD_LIBRARY_PATH=$r/usr/lib/$arch/systemd:$r/lib/$arch:$r/usr/lib/$arch \
	ldd "$r/lib/systemd/systemd-resolved" "$r/usr/bin/resolvectl" "$r/usr/bin/dbus-daemon" | grep 'not found' || true)
if [[ -n $missing ]]; then
	echo "fetch.sh: libraries still missing:" >&2
	echo "$missing" >&2
	exit 1
fi
echo "$stamp" >"$tmp/stamp"

# Swap in the new tree.
rm -rf "$cache.old"
if [[ -d $cache ]]; then mv "$cache" "$cache.old"; fi
mv "$tmp" "$cache"
rm -rf "$cache.old"
trap - EXIT
echo "$cache/root"
