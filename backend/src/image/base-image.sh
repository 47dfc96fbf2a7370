#!/usr/bin/env bash
# Builds the image's base layer without a Docker daemon or a registry (neither is reachable from the build
# machines): a Java 17 runtime made by jlink from the build machine's JDK (or the JDK copied when it has no
# jmods), the shared libraries it links against, CA certificates, an unprivileged user and /tmp. Written as a
# `docker save` tarball, which Quarkus' Jib takes as its base (quarkus.jib.base-jvm-image=tar://...).
#
#   backend/src/image/base-image.sh OUTPUT.tar
set -euo pipefail
OUT=$1
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/rootfs
mkdir -p "$ROOT/opt" "$ROOT/tmp" "$ROOT/etc" "$ROOT/work" "$(dirname "$OUT")"
chmod 1777 "$ROOT/tmp"

# What the backend uses of the platform (jdeps on the fast-jar's libraries, rounded up): ZXing's image
# code needs java.desktop, TLS to Zalo needs the crypto providers, Narayana needs java.transaction.xa.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.charsets
if [ -d "$JAVA_HOME/jmods" ]; then
  "$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$MODULES" --include-locales=en,vi \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$ROOT/opt/java"
else
  cp -rL "$JAVA_HOME" "$ROOT/opt/java"
fi
# Debian links the JDK's trust store to /etc/ssl: the image carries a real file
if [ -f /etc/ssl/certs/java/cacerts ]; then
  rm -f "$ROOT/opt/java/lib/security/cacerts"
  cp -L /etc/ssl/certs/java/cacerts "$ROOT/opt/java/lib/security/cacerts"
fi

# The shared libraries of every ELF file of the runtime, and the dynamic loader
find "$ROOT/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 | xargs -0 -n 20 ldd 2>/dev/null \
  | awk '/=> \// {print $3} /^\s*\/lib.*ld-linux/ {print $1}' | sort -u | while read -r lib; do
    mkdir -p "$ROOT$(dirname "$lib")"
    cp -L "$lib" "$ROOT$lib"
  done
mkdir -p "$ROOT/lib64"
cp -L /lib64/ld-linux-x86-64.so.2 "$ROOT/lib64/"

cat > "$ROOT/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
motcua:x:1001:0:Mot Cua Zalo:/work:/sbin/nologin
PASSWD
printf 'root:x:0:\n' > "$ROOT/etc/group"
printf 'hosts: files dns\n' > "$ROOT/etc/nsswitch.conf"

# One uncompressed layer; fixed owners and times so that the same inputs give the same digest
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$ROOT" -cf "$WORK/layer.tar" .
DIFF_ID=$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)
cat > "$WORK/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"1001","WorkingDir":"/work"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$DIFF_ID"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"backend/src/image/base-image.sh (jlink Java 17)"}]}
JSON
cat > "$WORK/manifest.json" <<'JSON'
[{"Config":"config.json","RepoTags":["motcua-zalo-base:17"],"Layers":["layer.tar"]}]
JSON
tar --owner=0 --group=0 --numeric-owner -C "$WORK" -cf "$OUT" manifest.json config.json layer.tar
echo "base image $OUT: $(du -h "$OUT" | cut -f1), Java $("$ROOT/opt/java/bin/java" -version 2>&1 | head -1)"
