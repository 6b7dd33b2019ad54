#!/usr/bin/env bash
# Desktop start-up, configurations compared in interleaved rounds (A, B, C… one after the other each round), so a
# machine that other jobs load slows them all alike. Wall: launch → the first frame of the main window as the app logs
# it; CPU: user + sys of the process. Each start also logs its steps (-Dhourglass.measureStartup=true), kept in
# target/startup-ab/NAME. Runs under the current DISPLAY, else under its own Xvfb (xvfb-run, 1366x768).
#   bench/startup-ab.sh RUNS 'NAME=OPTIONS' ['NAME=@LAUNCHER OPTIONS'] …
# OPTIONS go to the launcher as HOURGLASS_JAVA_OPTIONS (default launcher bin/hourglass; '@path' picks another that
# reads HOURGLASS_JAVA_OPTIONS, e.g. another clone's bin/hourglass). Examples:
#   bench/startup-ab.sh 5 'now=' 'c1=-XX:TieredStopAtLevel=1' 'main=@../main/bin/hourglass'
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run > /dev/null || { echo "needs xvfb-run (apt-get install -y xvfb)" >&2; exit 2; }
  exec xvfb-run -a -s '-screen 0 1366x768x24' "$0" "$@"
fi
[ $# -ge 2 ] || { echo "usage: bench/startup-ab.sh RUNS 'NAME=OPTIONS' …" >&2; exit 2; }
runs=$1
shift
[ -f target/hourglass.jar ] || mvn -B -q -DskipTests package
home=$(mktemp -d /tmp/hourglass-startup-ab.XXXXXX)
trap 'rm -rf "$home"' EXIT
results=target/startup-ab
rm -rf "$results"
mkdir -p "$results"
log=$home/.hourglass/logs/hourglass.log

start_once() {  # launcher, options: appends "WALL CPU STEPS…" to $results/$name
  local before launched shown cpu steps
  before=$( [ -f "$log" ] && wc -l < "$log" || echo 0)
  launched=$(date +%s%3N)
  HOURGLASS_JAVA_OPTIONS="-Duser.home=$home -Dhourglass.exitAfterStartup=true -Dhourglass.measureStartup=true $2" \
    /usr/bin/time -o "$home/cpu" -f '%U %S' "$1" > /dev/null 2>&1
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$home/cpu")
  shown=$(tail -n +"$((before + 1))" "$log" | grep -o 'shown at [0-9]*' | tail -1 | grep -o '[0-9]*$')
  steps=$(tail -n +"$((before + 1))" "$log" | grep -o 'step: .* at [0-9]* ms' \
    | sed 's/step: //; s/ at \([0-9]*\) ms/=\1/; s/ /_/g' | tr '\n' ' ')
  echo "$((shown - launched)) $cpu $steps"
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_once bin/hourglass "" > /dev/null # the first start builds the sample
for _ in $(seq "$runs"); do
  for config in "$@"; do
    name=${config%%=*}
    options=${config#*=}
    launcher=bin/hourglass
    if [[ $options == @* ]]; then
      launcher=${options%% *}
      launcher=${launcher#@}
      [[ $options == *" "* ]] && options=${options#* } || options=
    fi
    start_once "$launcher" "$options" >> "$results/$name"
  done
done
for config in "$@"; do
  name=${config%%=*}
  printf '%-16s wall median %5d ms   CPU median %5d ms   walls: %s\n' "$name" \
    "$(cut -d' ' -f1 "$results/$name" | median)" "$(cut -d' ' -f2 "$results/$name" | median)" \
    "$(cut -d' ' -f1 "$results/$name" | sort -n | tr '\n' ' ')"
done
echo "== load $(cut -d' ' -f1-3 /proc/loadavg); each start's steps: $results/NAME"
