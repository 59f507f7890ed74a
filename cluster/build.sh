#!/usr/bin/env bash
# Builds aisnode, authn and aisloader from the release pinned in cluster/go.mod,
# and the fault proxy toxiproxy-server from cluster/toxiproxy/go.mod, into the
# directory given as $1. Go's module and build caches make a second build take
# seconds; a stamp per module skips even that when nothing changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: build.sh OUTPUT_DIR}"
# dsort is tested live; etl makes the ETL endpoints answer with the server's own error.
aisnode_tags="mono dsort etl"
mkdir -p "$out"

build_toxiproxy() {
  # its own module (cluster/toxiproxy): its dependency versions never touch the server's build
  local mod="$here/toxiproxy"
  local want
  want="$(cat "$mod/go.mod" "$mod/go.sum" | sha256sum | cut -c1-16) $(go version)"
  if [[ -f "$out/.stamp-toxiproxy" && "$(cat "$out/.stamp-toxiproxy")" == "$want" ]] \
     && [[ -x "$out/toxiproxy-server" ]]; then
    echo "toxiproxy-server up to date in $out"
    return
  fi
  local start
  start=$(date +%s)
  (cd "$mod" && go build -o "$out/toxiproxy-server" github.com/Shopify/toxiproxy/v2/cmd/server)
  echo "$want" > "$out/.stamp-toxiproxy"
  echo "built toxiproxy-server into $out in $(( $(date +%s) - start ))s"
}

stamp_want="$(cat "$here/go.mod" "$here/go.sum" | sha256sum | cut -c1-16) tags=[$aisnode_tags] $(go version)"
if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp_want" ]] \
   && [[ -x "$out/aisnode" && -x "$out/authn" && -x "$out/aisloader" ]]; then
  echo "server binaries up to date in $out"
else
  cd "$here"
  start=$(date +%s)
  # GOFLAGS=-mod=mod is not wanted: go.sum is committed and every download is checked against it.
  GOBIN="$out" go install -tags "$aisnode_tags" github.com/NVIDIA/aistore/cmd/aisnode
  GOBIN="$out" go install github.com/NVIDIA/aistore/cmd/authn github.com/NVIDIA/aistore/cmd/aisloader
  echo "$stamp_want" > "$out/.stamp"
  echo "built aisnode, authn, aisloader into $out in $(( $(date +%s) - start ))s"
fi
build_toxiproxy
