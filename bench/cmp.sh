#!/bin/bash
# Two benchmark jars in alternation, A B A B, each JVM reading the data directory RUNS times (bench read); prints
# the sorted times of every JVM's reads after its first two (JIT warm-up). DATA: the directory (bench-data/1m).
#   bench/cmp.sh JAR_A JAR_B [RUNS]        (run it behind the build lock: mvnl --cmd bench/cmp.sh …)
A=$1; B=$2; N=${3:-8}; DATA=${DATA:-/work/bench-data/1m}
for j in A B A B; do
  java -Xmx3g ${JAVA_OPTS:-} -jar "${!j}" read --data "$DATA" --runs "$N" 2>&1 | grep "^read" | tail -n +3 | awk -v n=$j '{print n, $5}'
done | sort -k1,1 -k2n | awk '{a[$1]=a[$1]" "$2} END {for (k in a) print k, a[k]}'
