#!/usr/bin/env bash
# Stands in for the `docker` command that Quarkus' Jib extension calls to hand a locally built image to a
# Docker daemon: `docker load` receives the image as a `docker save` tarball on its standard input, and this
# keeps it in $MOTCUA_IMAGE_TAR instead. No daemon is needed or touched; `docker load` or `podman load` read
# the file on the machine that runs it.
set -euo pipefail
case "${1:-}" in
  load)
    mkdir -p "$(dirname "$MOTCUA_IMAGE_TAR")"
    cat > "$MOTCUA_IMAGE_TAR"
    name=$(tar -xOf "$MOTCUA_IMAGE_TAR" manifest.json | sed 's/.*"RepoTags":\["\([^"]*\)".*/\1/')
    echo "Loaded image: $name"
    ;;
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  *)
    echo "docker-to-tar.sh: '$*' is not supported (only load and info)" >&2
    exit 1
    ;;
esac
