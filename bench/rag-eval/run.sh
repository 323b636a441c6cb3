#!/usr/bin/env bash
# Runs the retrieval evaluation, the load benchmark or the fusion study (README.md beside this script):
#   bench/rag-eval/run.sh evaluate [--embedder TYPE] [--store TYPE] [--option value ...]
#   bench/rag-eval/run.sh load     [--embedder TYPE] [--store TYPE] [--chunks N] ...
#   bench/rag-eval/run.sh fusion   [--embedder TYPE] [--store TYPE] ...
# Builds bench and what it depends on first, unless NO_BUILD=1. Never part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"; export JAVA_HOME

case "${1:-}" in
  evaluate) main=dev.aegis.bench.rag.RetrievalEvaluation ;;
  load) main=dev.aegis.bench.rag.RetrievalLoadBenchmark ;;
  fusion) main=dev.aegis.bench.rag.FusionStudy ;;
  *) echo "usage: $0 evaluate|load|fusion [--option value ...]" >&2; exit 2 ;;
esac
shift

if [ -z "${NO_BUILD:-}" ]; then
  ./mvnw -q -pl bench -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
# jdk.incubator.vector lets Lucene use SIMD for vector similarity; ONNX Runtime (the local embedder) loads native code.
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:---add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED} -cp "$classpath" "$main" "$@"
