#!/usr/bin/env bash
# Lists newer patch releases of the pom's dependencies, so versions do not drift. Prints nothing when all are current.
# versions-maven-plugin 2.18.0 is the newest that runs on Maven 3.8 (2.19+ needs Maven 3.9).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B org.codehaus.mojo:versions-maven-plugin:2.18.0:display-dependency-updates \
    -DallowMajorUpdates=false -DallowMinorUpdates=false -DprocessDependencyManagementTransitive=false \
    | grep -- ' -> ' | sed 's/^\[INFO\] *//' | sort -u || true
