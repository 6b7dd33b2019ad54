#!/usr/bin/env bash
# Desktop start-up: from launching `java` to the first frame of the main window with its tabs usable, as the app logs
# it ("first frame of the main window … shown at EPOCH-MS", INFO, in the log file). Each run is a new JVM on one Xvfb
# display (1366x768) with the openbox window manager, started once for the series, that exits after that frame
# (-Dhourglass.exitAfterStartup=true).
#   bench/startup.sh [RUNS]      default 7 warm runs per launch, after one first start (which builds the sample)
# Launches compared: `java -jar target/hourglass.jar` (the README's command) and bin/hourglass (the class-data archive
# target/hourglass-desktop.jsa that `mvn package` makes). Prints wall ms (launch → first frame) and the process's CPU
# (user + sys) — CPU says more than wall when other jobs load the machine; the load average is printed with each.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=target/hourglass.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
command -v Xvfb > /dev/null && command -v openbox > /dev/null || { echo "needs Xvfb and openbox (apt-get install -y xvfb openbox libgtk-3-0 libgl1)" >&2; exit 2; }
home=$(mktemp -d /tmp/hourglass-startup.XXXXXX)
trap 'rm -rf "$home"' EXIT

# One display for the whole series, with a window manager, as a desktop session has: its own start is not part of
# the app's (xvfb-run per launch added 0.1-0.2 s of X server start-up to every measured start).
display=:$((90 + RANDOM % 9))
while [ -e "/tmp/.X11-unix/X${display#:}" ]; do display=:$((90 + RANDOM % 9)); done
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
xvfb_pid=$!
wm_pid=
trap 'kill $wm_pid $xvfb_pid 2> /dev/null; rm -rf "$home"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
DISPLAY=$display openbox > /dev/null 2>&1 &
wm_pid=$!
sleep 1

# one start: prints "WALL_MS CPU_MS"
start_once() {  # launcher words...
  local log="$home/.hourglass/logs/hourglass.log" before launched shown cpu
  before=$( [ -f "$log" ] && wc -l < "$log" || echo 0)
  launched=$(date +%s%3N)
  DISPLAY=$display HOURGLASS_JAVA_OPTIONS="-Duser.home=$home -Dhourglass.exitAfterStartup=true" \
    /usr/bin/time -o "$home/cpu" -f '%U %S' "$@" > /dev/null 2>&1
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$home/cpu")
  shown=$(tail -n +"$((before + 1))" "$log" | grep -o 'shown at [0-9]*' | tail -1 | grep -o '[0-9]*$')
  echo "$((shown - launched)) $cpu"
}

summary() {  # label; "wall cpu" lines on stdin
  local lines walls cpus m
  lines=$(cat)
  walls=$(echo "$lines" | cut -d' ' -f1 | sort -n)
  cpus=$(echo "$lines" | cut -d' ' -f2 | sort -n)
  m=$(( ($(echo "$walls" | wc -l) + 1) / 2 ))
  printf '%-40s wall median %5d ms (min %d, max %d)   CPU median %5d ms   walls: %s\n' "$1" \
    "$(echo "$walls" | sed -n "${m}p")" "$(echo "$walls" | head -1)" "$(echo "$walls" | tail -1)" \
    "$(echo "$cpus" | sed -n "${m}p")" "$(echo $walls)"
}

# the plain launch with the user's options: a small wrapper so both launches take HOURGLASS_JAVA_OPTIONS
plain="$home/java-jar"
printf '#!/bin/sh\n# shellcheck disable=SC2086\nexec java $HOURGLASS_JAVA_OPTIONS -jar %s/%s "$@"\n' "$PWD" "$jar" > "$plain"
chmod +x "$plain"

echo "== desktop start-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), JDK $(java -version 2>&1 | head -1)"
first=$(start_once "$plain")
echo "first start (builds the sample), java -jar: wall ${first% *} ms, CPU ${first#* } ms"
for launcher in "$plain" bin/hourglass; do
  label="java -jar"; [ "$launcher" = bin/hourglass ] && label="bin/hourglass (desktop class archive)"
  for _ in $(seq "$runs"); do start_once "$launcher"; done | summary "$label"
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
