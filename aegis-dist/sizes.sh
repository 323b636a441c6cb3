#!/bin/sh
# Sizes of what `./mvnw package` built: the slim base, each extra plugin, the runtime, the tarball, and the fat jar
# they replace. With --modules, also the JDK modules jdeps finds in the fat jar (compare with aegis.jlink.modules).
#   aegis-dist/sizes.sh [--modules]
set -eu
dist=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$dist")
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
release=$dist/target/aegis-$version
base=$dist/target/aegis-$version-base
[ -d "$release" ] && [ -d "$base" ] || { echo "sizes.sh: build first: ./mvnw package -pl aegis-dist -am" >&2; exit 1; }

size() { du -sh "$@" | cut -f1; }

printf '%-40s %8s\n' "what" "on disk"
printf '%-40s %8s\n' "base: lib/" "$(size "$base/lib")"
for plugin in "$base"/plugins/*; do
  printf '%-40s %8s\n' "base: plugins/${plugin##*/}" "$(size "$plugin")"
done
printf '%-40s %8s\n' "base in all" "$(size "$base")"
for plugin in "$release"/plugins/*; do
  [ -d "$base/plugins/${plugin##*/}" ] || printf '%-40s %8s\n' "extra: plugins/${plugin##*/}" "$(size "$plugin")"
done
printf '%-40s %8s\n' "full release without runtime/" "$(du -sh --exclude=runtime "$release" | cut -f1)"
printf '%-40s %8s\n' "runtime/ (jlink)" "$(size "$release/runtime")"
for tarball in "$dist"/target/aegis-"$version"-*.tar.gz; do
  [ -f "$tarball" ] && printf '%-40s %8s\n' "${tarball##*/}" "$(size "$tarball")"
done
[ -f "$repo/aegis-cli/target/aegis.jar" ] && printf '%-40s %8s\n' "aegis-cli/target/aegis.jar (fat)" "$(size "$repo/aegis-cli/target/aegis.jar")"

if [ "${1:-}" = "--modules" ]; then
  JAVA_HOME=${JAVA_HOME:-$("$repo/bin/find-jdk")}
  printf 'jdeps: '
  "$JAVA_HOME/bin/jdeps" --multi-release "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')" \
    --ignore-missing-deps --print-module-deps "$repo/aegis-cli/target/aegis.jar"
fi
