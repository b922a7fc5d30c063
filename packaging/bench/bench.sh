#!/usr/bin/env bash
# Start-up, size and memory benchmark of the Linux installer (issue #10's goals). It prints figures; it is not a
# test and fails only if it cannot run. Build first: mvn -B -Pinstaller package -DskipTests (on JDK 25), which also
# compiles the test classes that hold the standalone fake workspace.
# Usage: packaging/bench/bench.sh [runs per configuration, default 9]
#
# It unpacks the .deb with dpkg -x, starts the standalone fake workspace with 10,000 extra groups for alex, and under
# one Xvfb starts in turn, interleaved:
#   normal   the installed launcher, --smoke-test --server <fake> --user alex: the sign-in card as a user sees it at
#            every start, then it signs in and lists 10,012 groups (TIDYBAR_SMOKE_PASSWORD gives the password)
#   demo     the installed launcher, --demo --smoke-test: the demo workspace starts inside the app
#   bare     BareWindow.java, the smallest JavaFX window, in a copy of the image whose launcher names it: same
#            launcher, runtime and JVM options, with an AOT cache of its own trained the same way as the app's
#   bare, no AOT cache   the same with JAVA_TOOL_OPTIONS=-XX:AOTMode=off
# "First frame" is ms from JVM start to the second pulse after the window is shown, as --smoke-test and BareWindow
# print it; "exec to first frame" adds the launcher's time before the JVM starts, measured on the bare runs (the
# same launcher script). Peak RSS is /usr/bin/time's maximum resident set size. The longest pulse gap is the
# app's own figure: the longest time between two FX pulses from the first frame until the list was shown.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-9}
groups=10000
deb=$(find target/installer/dist -maxdepth 1 -name 'tidybar_*.deb' | head -n 1)
fxmods=target/installer/fxmods
[ -n "$deb" ] && [ -d "$fxmods" ] && [ -d target/test-classes ] \
  || { echo "build the .deb first: mvn -B -Pinstaller package -DskipTests" >&2; exit 1; }
for tool in Xvfb /usr/bin/time javac jar dpkg mvn; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=
fake_pid=
cleanup() {
  for pid in "$xvfb_pid" "$fake_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2fx", a / b }'; }

# Sizes
dpkg -x "$deb" "$work/installed"
app=$work/installed/opt/tidybar/bin/tidybar
deb_bytes=$(stat -c %s "$deb")
installed_bytes=$(du -sb "$work/installed" | cut -f1)

# The bare window: a copy of the image whose launcher script starts BareWindow from its own jar
bare_dir=$work/bare
cp -a "$work/installed/opt/tidybar" "$bare_dir"
javac -nowarn --release 17 --module-path "$fxmods" --add-modules javafx.controls -d "$work/bare-classes" \
  packaging/bench/BareWindow.java
jar --create --file "$bare_dir/lib/app/bare-window.jar" -C "$work/bare-classes" .
rm "$bare_dir/lib/app/tidybar.aot"
sed -i -e 's|^  -classpath .*|  -classpath "$app/bare-window.jar" \\|' \
       -e '/-XX:AOTCache=/d' \
       -e 's|^  dev.tidybar.app.Launcher |  BareWindow |' "$bare_dir/bin/tidybar"
bare=$bare_dir/bin/tidybar

# One X server for all runs
for display in $(seq 150 199); do
  [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] || break
done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

# The bare window's AOT cache, trained as packaging/aot/AotCache.java trains the app's
no_profiles="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/bare.aotconf $no_profiles" "$bare" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/bare.aotconf -XX:AOTCache=$bare_dir/lib/app/bare-window.aot $no_profiles" \
  "$bare" >/dev/null 2>&1
sed -i 's|^  -classpath .*|&\n  "-XX:AOTCache=$app/bare-window.aot" \\|' "$bare"
JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$bare" >/dev/null 2>&1 || { echo "bench: the bare window's AOT cache is not usable" >&2; exit 1; }

# The standalone fake workspace (test classes), with alex's 10,000 extra groups, on a free port
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" dev.tidybar.fake.FakeWorkspaceMain \
  --port 0 --extra-groups "$groups" >"$work/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 600); do grep -q 'workspace at http' "$work/fake.log" && break; sleep 0.1; done
server=$(grep -o 'http://[0-9.:]*' "$work/fake.log" | head -n 1)
[ -n "$server" ] || { echo "bench: the fake workspace did not start:" >&2; cat "$work/fake.log" >&2; exit 1; }

# run_once NAME JAVA_TOOL_OPTIONS LAUNCHER ARGS... : appends "first list rss lag gap" to $results/NAME
run_once() {
  local name=$1 options=$2 launcher=$3
  shift 3
  local start output
  start=$(date +%s%3N)
  output=$(if [ -n "$options" ]; then export JAVA_TOOL_OPTIONS=$options; else unset JAVA_TOOL_OPTIONS; fi
           export TIDYBAR_SMOKE_PASSWORD=tidybar-demo
           /usr/bin/time -f 'RSS_KB=%M' -o "$work/rss" "$launcher" "$@" 2>&1) || {
    echo "bench: $name failed:" >&2; echo "$output" >&2; exit 1; }
  field() { grep -o "$1=[0-9]*" <<<"$output" | cut -d= -f2 || true; }
  local first list jvm_start gap rss lag=-
  first=$(field first-frame-ms)
  list=$(field list-ms)
  gap=$(field longest-pulse-gap-ms)
  jvm_start=$(field jvm-start-epoch-ms)
  rss=$(grep -o 'RSS_KB=[0-9]*' "$work/rss" | cut -d= -f2)
  if [ -n "$jvm_start" ]; then lag=$((jvm_start - start)); fi
  echo "$first ${list:--} $rss $lag ${gap:--}" >>"$results/$name"
  echo "$output" >"$work/$name.log"
}

# The app's preferences in a folder of the bench's own, empty: every run starts as a first start does (light theme,
# the default 1000 x 700 window), whatever the user's own settings say.
fresh_settings="-Djava.util.prefs.userRoot=$work/settings"
round() {
  run_once normal "$fresh_settings" "$app" --smoke-test --server "$server" --user alex
  run_once demo "$fresh_settings" "$app" --demo --smoke-test
  run_once bare "" "$bare"
  run_once bare-noaot "-XX:AOTMode=off" "$bare"
}

results=$work/results
mkdir "$results"
echo "Warming up (the first start unpacks JavaFX's native libraries into ~/.openjfx)..."
round
rm -rf "$results" && mkdir "$results"
echo "Measuring: $runs rounds of 4 configurations, interleaved..."
for _ in $(seq "$runs"); do round; done

# The launcher script's own time: from its exec to the exec of the runtime's bin/java (strace, where installed)
script_ms=-
if command -v strace >/dev/null; then
  script_times=()
  for _ in $(seq "$runs"); do
    strace -f -tt -e trace=execve -o "$work/strace" "$app" --version >/dev/null 2>&1
    script_times+=("$(grep 'execve(' "$work/strace" | grep -v ENOENT | awk '
      { split($2, t, ":"); ms = (t[1] * 3600 + t[2] * 60 + t[3]) * 1000 }
      NR == 1 { first = ms } /runtime\/bin\/java/ { printf "%d\n", ms - first; exit }')")
  done
  script_ms=$(printf '%s\n' "${script_times[@]}" | median)
fi

column() { awk -v c="$2" '$c != "-" { print $c }' "$results/$1" | median; }
max_column() { awk -v c="$2" '$c != "-" { print $c }' "$results/$1" | sort -n | tail -n 1; }
launcher_ms=$(cat "$results/bare" "$results/bare-noaot" | awk '$4 != "-" { print $4 }' | median)
exec_first() { echo $(( $(column "$1" 1) + launcher_ms )); }
rss_mb() { echo $(( $(column "$1" 3) / 1024 )); }
bare_first=$(exec_first bare)
bare_rss=$(rss_mb bare)

echo
echo "Tidybar $(dpkg-deb -f "$deb" Version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), medians of $runs runs"
echo
echo "| | Measured | Goal |"
echo "|---|---|---|"
echo "| .deb | $(mb "$deb_bytes") | ≤ 40 MB |"
echo "| Installed (du -sb of the unpacked tree) | $(mb "$installed_bytes") | ≤ 100 MB |"
echo "| Launcher script, exec to exec of bin/java (strace) | ${script_ms} ms | < 50 ms |"
echo "| Exec to JVM start (script, java launcher, loading libjvm) | ${launcher_ms} ms | |"
echo
echo "| Start | Exec to first frame | vs bare | List shown (from JVM start) | Peak RSS | vs bare | Longest pulse gap (median, worst) |"
echo "|---|---|---|---|---|---|---|"
row() {
  local name=$1 label=$2 first rss
  first=$(exec_first "$name")
  rss=$(rss_mb "$name")
  local gap="-"
  if [ "$(column "$name" 5)" != "-" ]; then gap="$(column "$name" 5) ms, $(max_column "$name" 5) ms"; fi
  local list=$(column "$name" 2)
  echo "| $label | $first ms | $(ratio "$first" "$bare_first") | $([ "$list" = - ] && echo - || echo "$list ms") | $rss MB | $(ratio "$rss" "$bare_rss") | $gap |"
}
row normal "Tidybar, normal start: sign-in card, then $(grep -o 'groups=[0-9]*' "$work/normal.log" | tail -n 1 | cut -d= -f2) groups"
row demo "Tidybar, demo start (demo workspace inside the app)"
row bare "Bare JavaFX window, same image, its own AOT cache"
row bare-noaot "Bare JavaFX window, same image, no AOT cache"
echo
echo "Goals: exec to first frame of the sign-in card ≤ 1.3x the bare window; peak RSS with 10,000 groups listed"
echo "≤ 1.5x the bare window; no pulse gap over 50 ms while they load."
