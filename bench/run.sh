#!/usr/bin/env bash
# Speed benchmarks. Not part of `mvn -B verify` (machines are noisy; timed unit tests lie).
#   bench/run.sh            end-to-end CLI timings on generated 1,000,000-row files, the workbook file
#                           (import, open + pipeline, save) and JMH recalculation
#   bench/run.sh --quick    the same with fewer repetitions
# Each CLI timing is the whole process: JVM start, parse, compute, print (JSON to /dev/null).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
[ "${1:-}" = "--quick" ] && runs=2
data=bench-data
mkdir -p "$data"
[ -f target/hourglass.jar ] || mvn -B -q -DskipTests package
jar=target/hourglass.jar

[ -f "$data/deals-1m.csv" ] || java -jar $jar generate deals --rows 1000000 --seed 42 --out "$data/deals-1m.csv"
[ -f "$data/ledger-1m.csv" ] || java -jar $jar generate ledger --rows 1000000 --seed 42 --out "$data/ledger-1m.csv"

time_runs() {  # label, command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-44s median %5d ms   runs: %s\n' "$label" "$median" "$(echo $sorted | tr '\n' ' ')"
}

echo "== end to end (target < 3000 ms each), $(nproc) cores"
time_runs "java -version (JVM start only)" java -version
time_runs "pipeline, 1,000,000 deals" java -jar $jar pipeline "$data/deals-1m.csv" --from 2017-01-01 --to 2017-03-31 --target 1500000000 --json
time_runs "cohorts, 1,000,000 ledger rows" java -jar $jar cohorts "$data/ledger-1m.csv" --json

workbook="$data/deals-1m.hourglass"
import_deals() { rm -f "$workbook"; java -jar $jar import-data "$workbook" "$data/deals-1m.csv" --kind deals; }
time_runs "import-data, 1,000,000 deals into a workbook" import_deals
time_runs "pipeline from that workbook (JVM start incl.)" java -jar $jar pipeline "$workbook" --from 2017-01-01 --to 2017-03-31 --target 1500000000 --json

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "== workbook file, in one process as the app does it (targets: open + figures < 1 s, save < 20 ms)"
java -cp "$classpath" dev.hourglass.bench.WorkbookBenchmark "$data/deals-1m.csv" target/bench-scratch 2>&1 | grep -v SLF4J

echo "== desktop: an edit through the view models of all six views (target < 16 ms = one frame)"
java -cp "$classpath" org.openjdk.jmh.Main -wi 3 -i 5 -f 1 -w 1s -r 1s ViewEditBenchmark 2>&1 \
  | grep -E "^Benchmark|ViewEditBenchmark\." || true

if command -v xvfb-run > /dev/null; then
  echo "== desktop: start to a usable window on the sample workbook (target < 3000 ms; sample already built)"
  home=target/bench-home; mkdir -p "$home"
  log="$home/.hourglass/logs/hourglass.log"
  for _ in $(seq "$runs"); do
    xvfb-run -a java -Duser.home="$home" -Dhourglass.exitAfterStartup=true -jar $jar > /dev/null 2>&1 || true
    # the app logs its first frame: "... shown at EPOCH-MS (N ms after the JVM started)"
    grep -o '[0-9]* ms after the JVM started' "$log" | tail -1 || true
  done
else
  echo "(xvfb-run not installed: skipping the app start timing; apt-get install -y xvfb libgtk-3-0 libgl1)"
fi

echo "== scenario recalculation (target < 1000 us)"
java -cp "$classpath" org.openjdk.jmh.Main \
  -wi 3 -i 5 -f 1 -w 1s -r 1s ScenarioRecalcBenchmark 2>&1 | grep -E "^Benchmark|ScenarioRecalcBenchmark\." || true

echo "== accounts: re-scoring 200,000 accounts after a weight change (target < 100 ms)"
java -cp "$classpath" org.openjdk.jmh.Main \
  -wi 3 -i 5 -f 1 -w 1s -r 1s AccountsRescoreBenchmark 2>&1 | grep -E "^Benchmark|AccountsRescoreBenchmark\." || true

echo "== odds of a period: learning from 1,000,000 deals, then 10,000 Monte Carlo runs over the period's open deals"
java -Xmx3g -cp "$classpath" dev.hourglass.bench.OddsBenchmark "$data/deals-1m.csv" 2>&1 | grep -v SLF4J

echo "== ranges on inputs: 10,000 Monte Carlo runs of the full base case with 7 ranged drivers (target < 200 ms)"
java -cp "$classpath" dev.hourglass.bench.ScenarioSimulationBenchmark 2>&1 | grep -v SLF4J
