#!/usr/bin/env bash
# Makes the JDK's AOT cache of the packaged application, so that it starts in a few seconds (issue 13, ADR 45).
#
#   deploy/aot-cache.sh [folder] [the application's arguments…]
#   deploy/aot-cache.sh deploy/target/app --spring.profiles.active=dev
#
# It unpacks deploy/target/guichet.jar into the folder (Spring Boot's tools: the application's jar and lib/, which
# the JVM can map, unlike a jar nested in a jar), then runs a training start with the same arguments as production:
# the Spring context starts (so its database and identity provider must be reachable), the JVM records the classes it
# loaded and linked and the profile of what it ran, and the application exits once the context is refreshed. Then:
#
#   java -XX:AOTCache=<folder>/guichet.aot -jar <folder>/guichet.jar <the same arguments>
#
# The cache fits only the JDK that made it and the jars beside it: make it again after each build or JDK update.
set -euo pipefail
folder=${1:-deploy/target/app}
shift || true
jar=deploy/target/guichet.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -pl deploy -am -DskipTests package first" >&2; exit 1; }
java -Djarmode=tools -jar "$jar" extract --force --destination "$folder"
java -XX:AOTCacheOutput="$folder/guichet.aot" -Dspring.context.exit=onRefresh -jar "$folder/guichet.jar" "$@"
echo "AOT cache: $folder/guichet.aot; start with: java -XX:AOTCache=$folder/guichet.aot -jar $folder/guichet.jar $*"
