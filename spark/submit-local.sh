#!/usr/bin/env bash
# Runs the module's example through Spark's own launcher, org.apache.spark.deploy.SparkSubmit (the class the
# spark-submit script runs), on local[2], with Spark's jars taken from ~/.m2: no Spark distribution needed.
# It checks that the job printed its result line. Needs the assembled jar first:
#   mvn -o -B -q package -pl spark -am -DskipTests
# Arguments are the example's (AREAS INDICATORS N local|spark [PARTITIONS]); by default a small run, 200 8 64 spark 4.
# The class path of Spark's jars is built once with Maven, offline, into spark/target/spark-classpath.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls spark/target/potentia-spark-*-all.jar)
cp=spark/target/spark-classpath.txt
if [ ! -s "$cp" ]; then
  # compile makes Maven resolve the reactor's modules; only Spark's (provided) jars are kept
  mvn -o -B -q compile dependency:build-classpath -pl spark -am -Dmdep.outputFile="$PWD/$cp" \
    -Dmdep.includeScope=provided -Dmdep.excludeGroupIds=io.potentia
fi
# the JVM flags Spark needs on Java 17, as the module's pom states them for its tests (spark-submit adds them itself)
flags=$(sed -n '/<spark.jvm.flags>/,/<\/spark.jvm.flags>/p' spark/pom.xml | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')
if [ $# -eq 0 ]; then
  set -- 200 8 64 spark 4
fi
# shellcheck disable=SC2086 # the flags are words
out=$(java $flags -Xmx1g -cp "$(cat "$cp")" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
  --conf spark.ui.enabled=false --class io.potentia.spark.example.ValueSobolOnSpark "$jar" "$@" 2>spark/target/submit-local.log)
echo "$out"
if ! grep -q ' runs in .* s on ' <<<"$out"; then
  echo "submit-local: the job did not print its result; Spark's log is in spark/target/submit-local.log" >&2
  exit 1
fi
