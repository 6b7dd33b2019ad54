#!/usr/bin/env bash
# Hourglass against pandas doing the same work, on the 1,000,000-row files of bench/run.sh.
#   bench/compare.sh                      5 rounds, pipeline and cohorts: pandas against bin/hourglass (the supported
#                                         launch: the parallel collector and the class-data archive of `mvn package`)
#   bench/compare.sh --jar                also `java -jar` in each round (after pandas, before bin/hourglass: a run right
#                                         after `java -jar` — G1 giving a large heap back — was slower, so the default
#                                         alternates only pandas and the launcher)
#   bench/compare.sh --runs 9             more rounds
#   bench/compare.sh --only pipeline      one command (pipeline or cohorts)
#   bench/compare.sh --config 'serial=-XX:+UseSerialGC' --config 'c1=-XX:TieredStopAtLevel=1'
#                                         also time the jar with these JVM options (LABEL=OPTIONS; repeatable)
# First it checks that both tools compute the same figures (bench/check_same.py; no timing without that). Then
# each round runs pandas and every Hourglass configuration once, one after the other, so a busy machine slows
# them alike. It prints the median wall time and the median CPU time (user + sys) of each, and pandas' median
# divided by Hourglass's: above 1 means Hourglass is faster. Each time is a whole process, start to exit, with its
# JSON written to /dev/null. pandas runs on the system Python (/usr/bin/python3), which has it installed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
only=""
labels=("bin/hourglass")
options=("@launcher")
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --jar) labels=("java -jar" "${labels[@]}"); options=("" "${options[@]}"); shift ;;
    --config) labels+=("${2%%=*}"); options+=("${2#*=}"); shift 2 ;;
    *) echo "usage: bench/compare.sh [--runs N] [--only pipeline|cohorts] [--jar] [--config LABEL=JVM_OPTIONS]..." >&2; exit 2 ;;
  esac
done
python=/usr/bin/python3
data=bench-data
jar=target/hourglass.jar
scratch=target/bench-compare
mkdir -p "$data" "$scratch"
[ -f $jar ] && [ -f target/hourglass-cli.jsa ] && [ -f target/hourglass-cohorts.jsa ] || mvn -B -q -o -DskipTests package
[ -f "$data/deals-1m.csv" ] || java -jar $jar generate deals --rows 1000000 --seed 42 --out "$data/deals-1m.csv"
[ -f "$data/ledger-1m.csv" ] || java -jar $jar generate ledger --rows 1000000 --seed 42 --out "$data/ledger-1m.csv"

pipeline_args=("$data/deals-1m.csv" --from 2017-01-01 --to 2017-03-31 --target 1500000000)
cohorts_args=("$data/ledger-1m.csv")

# One timed process: appends "wall_ms cpu_ms" to the file $1; the rest is the command.
timed() {
  local out=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$scratch/cpu" "$@" > /dev/null
  end=$(date +%s%N)
  read -r user sys < "$scratch/cpu"
  echo "$(( (end - start) / 1000000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')" >> "$out"
}

median() {  # file, column (1 = wall, 2 = cpu)
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

hourglass() {  # options, command, args... → the java command line in the array "command"
  local opts=$1; shift
  if [ "$opts" = "@launcher" ]; then
    command=(bin/hourglass "$@" --json)
    return
  fi
  # shellcheck disable=SC2206 # the options are words
  command=(java $opts -jar $jar "$@" --json)
}

compare() {  # name, args...
  local name=$1; shift
  local command same
  hourglass "" "$name" "$@"
  "${command[@]}" > "$scratch/$name-hourglass.json"
  $python "bench/pandas_$name.py" "$@" > "$scratch/$name-pandas.json"
  if ! same=$($python bench/check_same.py "$scratch/$name-hourglass.json" "$scratch/$name-pandas.json"); then
    echo "$same"; echo "$name: the two tools disagree, so their times say nothing; not timed" >&2; exit 1
  fi
  echo "$same" | tail -1
  rm -f "$scratch/$name".*.times
  for round in $(seq "$runs"); do
    timed "$scratch/$name.pandas.times" $python "bench/pandas_$name.py" "$@"
    for i in "${!labels[@]}"; do
      hourglass "${options[$i]}" "$name" "$@"
      timed "$scratch/$name.$i.times" "${command[@]}"
    done
    printf '.' >&2
  done
  printf '\n' >&2
  local pandas_wall pandas_cpu
  pandas_wall=$(median "$scratch/$name.pandas.times" 1)
  pandas_cpu=$(median "$scratch/$name.pandas.times" 2)
  printf '%-9s %-34s %9s %9s %14s %13s\n' "$name" "configuration" "wall ms" "cpu ms" "pandas/hg wall" "pandas/hg cpu"
  printf '%-9s %-34s %9d %9d %14s %13s\n' "$name" "pandas $($python -c 'import pandas; print(pandas.__version__)')" \
    "$pandas_wall" "$pandas_cpu" "" ""
  for i in "${!labels[@]}"; do
    local wall cpu
    wall=$(median "$scratch/$name.$i.times" 1)
    cpu=$(median "$scratch/$name.$i.times" 2)
    printf '%-9s %-34s %9d %9d %14s %13s\n' "$name" "hourglass ${labels[$i]}" "$wall" "$cpu" \
      "$(awk -v p="$pandas_wall" -v h="$wall" 'BEGIN { printf "%.2f×", p / h }')" \
      "$(awk -v p="$pandas_cpu" -v h="$cpu" 'BEGIN { printf "%.2f×", p / h }')"
  done
}

echo "== Hourglass vs pandas, $(date -u +%Y-%m-%d), $(nproc) cores, $runs rounds, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!labels[@]}"; do
  [ -n "${options[$i]}" ] && [ "${options[$i]}" != "@launcher" ] && echo "   ${labels[$i]}: ${options[$i]}"
done
if [ -z "$only" ] || [ "$only" = pipeline ]; then compare pipeline "${pipeline_args[@]}"; fi
if [ -z "$only" ] || [ "$only" = cohorts ]; then compare cohorts "${cohorts_args[@]}"; fi
echo "   load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
