#!/bin/bash
# One benchmark jar under two sets of JVM options in alternation, A B A B (bench read, as bench/cmp.sh).
#   bench/cmpopts.sh JAR "OPTS_A" "OPTS_B" [RUNS]
JAR=$1; A=$2; B=$3; N=${4:-8}; DATA=${DATA:-/work/bench-data/1m}
for j in A B A B; do
  java -Xmx3g ${!j} -jar "$JAR" read --data "$DATA" --runs "$N" 2>&1 | grep "^read" | tail -n +3 | awk -v n=$j '{print n, $5}'
done | sort -k1,1 -k2n | awk '{a[$1]=a[$1]" "$2} END {for (k in a) print k, a[k]}'
