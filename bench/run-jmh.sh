#!/usr/bin/env bash
# Builds the benchmarks and runs them with modest settings; extra arguments go to JMH
# (e.g. a benchmark name regex, or -prof gc). Never part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# One reactor build, so that the sibling modules resolve to what it just packaged; each module
# writes its classpath into its own target directory.
./mvnw -q -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 5 -r 2s
fi
exec "$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main "$@"
