#!/usr/bin/env bash
# Size and startup benchmark of the Linux installer. It prints numbers; it is not a test and fails only if it
# cannot run. Build the .deb first: mvn -B -Pinstaller package -DskipTests
# Usage: packaging/bench/startup-bench.sh [runs per configuration, default 7]
#
# It unpacks the .deb with dpkg -x and, under one Xvfb, starts in turn:
#   app, AppCDS        the installed launcher as shipped: --demo --smoke-test (prints first-frame-ms and list-ms)
#   app, no CDS        the same with JAVA_TOOL_OPTIONS=-Xshare:off (a jlinked runtime has no default CDS archive)
#   bare, no CDS       BareWindow.java, the smallest JavaFX window, in a copy of the same image whose .cfg names it
#   bare, AppCDS       the same with the app's archive (it holds only runtime classes, so it fits the bare window too)
# The bare window goes through the app's own launcher because the runtime has no bin/java (--strip-native-commands).
# Times are medians; "first frame" is ms from JVM start to the second pulse after the window is shown (the app's
# own measure), and "exec to first frame" adds the launcher's time before the JVM starts, measured on the bare runs.
# Peak RSS comes from /usr/bin/time (maximum resident set size); the app's run includes the in-process demo server.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-7}
deb=$(find target/installer/dist -maxdepth 1 -name 'tidybar_*.deb' | head -n 1)
fxmods=target/installer/fxmods
[ -n "$deb" ] && [ -d "$fxmods" ] || { echo "build the .deb first: mvn -B -Pinstaller package -DskipTests" >&2; exit 1; }
for tool in Xvfb /usr/bin/time javac jar dpkg; do
  command -v "$tool" >/dev/null || { echo "startup-bench: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

# Sizes
dpkg -x "$deb" "$work/installed"
app=$work/installed/opt/tidybar/bin/tidybar
deb_bytes=$(stat -c %s "$deb")
installed_bytes=$(du -sb "$work/installed" | cut -f1)

# The bare window: same runtime and launcher, another main class and class path in a copy of the image
cp -a "$work/installed/opt/tidybar" "$work/bare"
javac -nowarn --release 17 --module-path "$fxmods" --add-modules javafx.controls -d "$work/bare-classes" \
  packaging/bench/BareWindow.java
jar --create --file "$work/bare/lib/app/bare-window.jar" -C "$work/bare-classes" .
sed -i -e '/^app\.classpath=/d' \
       -e 's|^app\.mainclass=.*|app.mainclass=BareWindow\napp.classpath=$APPDIR/bare-window.jar|' \
       "$work/bare/lib/app/tidybar.cfg"
bare=$work/bare/bin/tidybar

# One X server for all runs
for display in $(seq 150 199); do
  [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] || break
done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

# run_once NAME JAVA_TOOL_OPTIONS LAUNCHER ARGS... : appends "first list wall rss lag" to $results/NAME
run_once() {
  local name=$1 options=$2 launcher=$3
  shift 3
  local start end output
  start=$(date +%s%3N)
  output=$(if [ -n "$options" ]; then export JAVA_TOOL_OPTIONS=$options; else unset JAVA_TOOL_OPTIONS; fi
           /usr/bin/time -f 'RSS_KB=%M' -o "$work/rss" "$launcher" "$@" 2>&1) || {
    echo "startup-bench: $name failed:" >&2; echo "$output" >&2; exit 1; }
  end=$(date +%s%3N)
  local first list jvm_start rss lag=-
  first=$(grep -o 'first-frame-ms=[0-9]*' <<<"$output" | cut -d= -f2)
  list=$(grep -o 'list-ms=[0-9]*' <<<"$output" | cut -d= -f2 || true)
  jvm_start=$(grep -o 'jvm-start-epoch-ms=[0-9]*' <<<"$output" | cut -d= -f2 || true)
  rss=$(grep -o 'RSS_KB=[0-9]*' "$work/rss" | cut -d= -f2)
  if [ -n "$jvm_start" ]; then lag=$((jvm_start - start)); fi
  echo "$first ${list:--} $((end - start)) $rss $lag" >>"$results/$name"
}

round() {
  run_once app-cds "" "$app" --demo --smoke-test
  run_once app-nocds "-Xshare:off" "$app" --demo --smoke-test
  run_once bare-nocds "-Xshare:off" "$bare"
  run_once bare-cds "" "$bare"
}

results=$work/results
mkdir "$results"
echo "Warming up (the first start unpacks JavaFX's native libraries into ~/.openjfx)..."
round
rm -rf "$results" && mkdir "$results"
echo "Measuring: $runs rounds of 4 configurations, interleaved..."
for _ in $(seq "$runs"); do round; done

column_median() { awk -v c="$2" '$c != "-" { print $c }' "$results/$1" | median; }
launcher_ms=$(cat "$results/bare-nocds" "$results/bare-cds" | awk '$5 != "-" { print $5 }' | median)

echo
echo "Tidybar $(dpkg-deb -f "$deb" Version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), medians of $runs runs"
echo ".deb           $(basename "$deb"): $(mb "$deb_bytes")   budget 45 MB"
echo "installed      du -sb of the dpkg -x tree: $(mb "$installed_bytes")   budget 110 MB"
echo "launcher       exec to JVM start: ${launcher_ms} ms"
printf '%-16s %18s %22s %14s %14s %14s\n' configuration "first frame (ms)" "exec to first frame" "list shown" "exec to exit" "peak RSS (MB)"
for name in app-cds app-nocds bare-cds bare-nocds; do
  first=$(column_median "$name" 1)
  printf '%-16s %18s %22s %14s %14s %14s\n' "$name" "$first" "$((first + launcher_ms))" \
    "$(column_median "$name" 2)" "$(column_median "$name" 3)" "$(( $(column_median "$name" 4) / 1024 ))"
done
