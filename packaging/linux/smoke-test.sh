#!/usr/bin/env bash
# Smoke test of the built .deb, run by `mvn -Pinstaller verify` (and so by .ci/run):
# unpacks the package with dpkg -x into a temporary folder and starts the unpacked launcher under Xvfb
# with --demo --smoke-test. Fails unless the app prints "TIDYBAR_SMOKE ok" and exits 0,
# unless --version prints the pom's version, and unless the AOT cache is still used once the app has moved
# (-XX:AOTMode=on makes the JVM refuse to start otherwise). With TIDYBAR_REQUIRE_KEYCHAIN=1 (.ci/run, inside a D-Bus
# session with gnome-keyring) it also fails unless the installed app reached the Secret Service (keychain=available).
# Usage: smoke-test.sh <folder with the .deb> <expected version>
set -euo pipefail

dist=$1
version=$2
deb=$(find "$dist" -maxdepth 1 -name 'tidybar_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "smoke test: no tidybar_*.deb in $dist" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
launcher=$root/opt/tidybar/bin/tidybar

echo "smoke test: $(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"

version_line=$("$launcher" --version)
echo "smoke test: --version printed: $version_line"
case "$version_line" in
  *"$version"*) ;;
  *) echo "smoke test FAILED: --version does not show $version" >&2; exit 1 ;;
esac

if ! aot_check=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version 2>&1); then
  echo "$aot_check" >&2
  echo "smoke test FAILED: the AOT cache is not usable from $root (JAVA_TOOL_OPTIONS=-XX:AOTMode=on)" >&2
  exit 1
fi
echo "smoke test: the AOT cache is used in the unpacked tree"

head -n 1 "$launcher" | grep -q '^#!/bin/sh' || { echo "smoke test FAILED: $launcher is not the launcher script" >&2; exit 1; }
grep -q -- '"-Xmx' "$launcher" || { echo "smoke test FAILED: the launcher sets no -Xmx ($launcher)" >&2; exit 1; }
echo "smoke test: the launcher script caps the heap ($(grep -o -- '-Xmx[^"]*' "$launcher"))"

# The app prints one TIDYBAR_SMOKE line (and ends by itself after 60 s at most); the timeout guards a hung JVM.
set +e
output=$(timeout 120 xvfb-run -a -s "-screen 0 1280x1024x24" "$launcher" --demo --smoke-test 2>&1)
status=$?
set -e
echo "$output"
if [ "$status" -ne 0 ] || ! grep -q '^TIDYBAR_SMOKE ok' <<<"$output"; then
  echo "smoke test FAILED: exit status $status, no 'TIDYBAR_SMOKE ok' line" >&2
  exit 1
fi
if [ "${TIDYBAR_REQUIRE_KEYCHAIN:-}" = 1 ] && ! grep -q '^TIDYBAR_SMOKE ok .*keychain=available' <<<"$output"; then
  echo "smoke test FAILED: TIDYBAR_REQUIRE_KEYCHAIN=1, but the installed app reached no keychain" >&2
  exit 1
fi
if grep -q '\]\[warning\]\[' <<<"$version_line
$output"; then
  echo "smoke test FAILED: the JVM printed warnings at start-up (see above)" >&2
  exit 1
fi
echo "smoke test passed: the installed launcher showed the demo list and exited 0"
