#!/usr/bin/env bash
# Where the time of `pipeline` on the 1,000,000-deal file goes, and what a 2-thread parse and a re-executing jar
# would change. Run after bench/compare.sh (it reuses its data folder and jar).
#   bench/phases.sh            3 runs of each measurement
#   bench/phases.sh --runs 5
# Prints medians of wall and CPU time (CPU = all the process's threads, JIT and GC included; on a busy machine the
# CPU times are the steadier figures). The harness classes in bench/harness are compiled to target/bench-harness,
# outside src/main.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
[ "${1:-}" = "--runs" ] && runs=$2
jar=target/hourglass.jar
deals=bench-data/deals-1m.csv
out=target/bench-phases
harness=target/bench-harness
mkdir -p "$out" "$harness"
[ -f $jar ] || mvn -B -q -o -DskipTests package
[ -f $deals ] || java -jar $jar generate deals --rows 1000000 --seed 42 --out $deals
javac -d $harness -cp $jar $(find bench/harness -name '*.java')
cp="$harness:$jar"
args=($deals --from 2017-01-01 --to 2017-03-31 --target 1500000000 --json)
rm -f "$out"/*.times "$out"/*.steps

timed() {  # label, command...
  local label=$1; shift
  local start end user sys
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$out/cpu" "$@" > /dev/null 2>> "$out/$label.steps"
  end=$(date +%s%N)
  read -r user sys < <(tail -1 "$out/cpu")
  echo "$(( (end - start) / 1000000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')" >> "$out/$label.times"
}

median_of() {  # numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

show() {  # label, description
  printf '%-58s wall %6d ms   cpu %6d ms\n' "$2" "$(cut -d' ' -f1 "$out/$1.times" | median_of)" \
    "$(cut -d' ' -f2 "$out/$1.times" | median_of)"
}

show_steps() {  # label: the median of each "step wall cpu" line the harness printed
  for step in $(awk 'NF == 3 { print $1 }' "$out/$1.steps" | awk '!seen[$0]++'); do
    printf '    %-54s wall %6d ms   cpu %6d ms\n' "$step" \
      "$(awk -v s="$step" '$1 == s { print $2 }' "$out/$1.steps" | median_of)" \
      "$(awk -v s="$step" '$1 == s { print $3 }' "$out/$1.steps" | median_of)"
  done
  grep '^#' "$out/$1.steps" | tail -1 | sed 's/^#/    last run:/' || true
}

echo "== where the time goes, $(date -u +%Y-%m-%d), $(nproc) cores, $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  timed version java -version
  timed help java -jar $jar pipeline --help
  timed full java -Dlaunch.micros="$(date +%s%6N)" -cp "$cp" dev.hourglass.bench.PipelinePhases full $deals
  timed parse java -Dlaunch.micros="$(date +%s%6N)" -cp "$cp" dev.hourglass.bench.PipelinePhases parse $deals
  timed tree-all java -cp "$cp" dev.hourglass.cli.CommandTreeCost all
  timed tree-one java -cp "$cp" dev.hourglass.cli.CommandTreeCost one
  timed one-range java -cp "$cp" dev.hourglass.io.csv.TwoThreadParse 1 $deals
  timed two-ranges java -cp "$cp" dev.hourglass.io.csv.TwoThreadParse 2 $deals
  timed direct java -XX:+UseSerialGC -jar $jar pipeline "${args[@]}"
  timed reexec java -Dreexec.options=-XX:+UseSerialGC -cp "$cp" dev.hourglass.bench.ReExec pipeline "${args[@]}"
  printf '.' >&2
done
printf '\n' >&2
show version "java -version (JVM start and exit only)"
show help "pipeline --help (JVM, 55 MB jar, picocli's command tree)"
show full "pipeline through the harness, by step:"
show_steps full
show parse "the same, reading with a sink that does nothing:"
show_steps parse
show tree-all "picocli: the whole command tree, then parse pipeline's args"
show_steps tree-all
show tree-one "picocli: only the pipeline command (prototype)"
show_steps tree-one
show one-range "prototype reader, 1 range, 1 thread"
show_steps one-range
show two-ranges "prototype reader, 2 byte ranges, 2 threads"
show_steps two-ranges
show direct "java -XX:+UseSerialGC -jar hourglass.jar pipeline"
show reexec "the same through a re-executing launcher (ReExec)"

echo "== class loading and GC of one plain run (java -jar hourglass.jar pipeline …)"
java -Xlog:class+load:file=$out/classload.txt -Xlog:gc:file=$out/gc.txt -jar $jar pipeline "${args[@]}" > /dev/null
printf '    %d classes loaded: ' "$(grep -c 'source:' $out/classload.txt)"
grep -o 'source: [^ ]*' $out/classload.txt | sed 's/source: jrt:.*/JDK modules (jrt)/; s/source: file:.*/hourglass.jar/; s/source: shared/JDK CDS archive/; s/source: .*/generated (lambdas, proxies)/' \
  | sort | uniq -c | sort -rn | awk '{ c = $1; $1 = ""; printf "%s%d from%s", (NR > 1 ? ", " : ""), c, $0 } END { print "" }'
printf '    from hourglass.jar by library: '
grep 'source: file:' $out/classload.txt | awk '{ print $2 }' | sed 's/\$.*//' | awk -F. '{ print $1 "." $2 }' | sort | uniq -c | sort -rn | head -8 \
  | awk '{ printf "%s%s %d", (NR > 1 ? ", " : ""), $2, $1 } END { print "" }'
printf '    GC: '
grep -c 'Pause' $out/gc.txt | tr '\n' ' '
echo "pauses, $(grep -o '[0-9.]*ms$' $out/gc.txt | tr -d ms | awk '{ s += $1 } END { printf "%.0f", s }') ms in all; $(head -1 $out/gc.txt | sed 's/.*Using //')"
