"""Synthesis of digit-box crops exactly as the ActaCapture C++ pipeline makes them.

Page model (millimetres, origin at the centre of the box, x right, y down):
  * digit boxes 9.0 x 12.0 mm, 2.0 mm gaps (pitch 11 mm), black border 0.25 mm
    drawn inside the box rectangle, white paper;
  * the pipeline crop is the box expanded by 1.0 mm on every side (11 x 14 mm),
    warped bilinearly to 12 px/mm (132 x 168 px), converted to gray
    (0.299 R + 0.587 G + 0.114 B), then INTER_AREA-downsampled by 4 to 33 x 42.

One chunk of crops stands for one scanned page: it shares the scan resolution, blur,
noise level and JPEG quality; everything else is per crop:
  handwriting  : an MNIST cell (alpha = value / 255), 1-px dilate/erode on the
                 2x upsampled cell (p = 0.3 each), scaled to a square of side
                 s = U(0.85, 1.25) x 9 mm, rotated U(-8, 8) deg, sheared
                 U(-0.15, 0.15), centred at the box centre + (U(-1, 1), U(-1.2, 1.2)) mm;
                 ink (25,25,35) or (25,45,150), strength U(0.75, 1), p = 0.1 faint U(0.35, 0.6);
  page         : paper U(245, 255) times a lighting factor (0.6..1, nearly constant in a crop);
                 neighbouring boxes' borders and, sometimes, a neighbouring digit;
  class 10     : empty box; p = 0.3 a stray dot (0.3-0.8 mm) or short line (< 2 mm) near an edge;
  class 11     : a digit then 1-3 strokes 0.4-0.8 mm across the box (X, diagonal,
                 strike-through, zig-zag), or a dense scribble with no digit;
  any class    : p = 0.1 a faint fold line crossing the crop;
  scan         : 150-300 dpi, Gaussian blur sigma U(0, 1.2) px, noise sigma U(0, 8),
                 JPEG quality 40-95 on 70 % of pages;
  registration : the pipeline's crop is off by up to 0.8 mm, 3 %, 1.5 deg.

mode "eval" uses these ranges (the contract, as the C++ page generator draws them);
mode "train" widens every range and adds elastic distortion, digits touching the
box border, rule lines and darker/lighter printing, for robustness.

Needs Debian python3-torch, python3-numpy and python3-pil (JPEG).
"""

import io
import math

import numpy as np
import torch
import torch.nn.functional as F

try:
    from PIL import Image
except ImportError as e:  # pragma: no cover
    raise SystemExit("crop_synth: needs Debian package python3-pil (JPEG simulation): %s" % e)

BOX_W, BOX_H, PITCH, BORDER, MARGIN = 9.0, 12.0, 11.0, 0.25, 1.0
CROP_W_MM, CROP_H_MM = BOX_W + 2 * MARGIN, BOX_H + 2 * MARGIN      # 11 x 14 mm
WARP_PPMM, DOWN = 12, 4
OUT_W, OUT_H = 33, 42
EMPTY, CROSSED = 10, 11
NUM_CLASSES = 12
CLASS_NAMES = [str(d) for d in range(10)] + ["empty", "crossed_out"]

INKS = np.array([[25, 25, 35], [25, 45, 150]], dtype=np.float32)
LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)

RANGES = {
    "eval": dict(
        dpi=(150, 300), size=(0.85, 1.25), aspect=0.0, rot=8.0, shear=0.15, off=(1.0, 1.2),
        morph_p=0.3, strength=(0.75, 1.0), faint_p=0.1, faint=(0.35, 0.6), ink_jitter=0.0,
        paper=(245, 255), light=(0.6, 1.0), light_grad=0.002, border_gray=(0, 50), border_t=(0.25, 0.25),
        blur=(0.0, 1.2), noise=(0.0, 8.0), jpeg_p=0.7, jpeg_q=(40, 95),
        reg_shift=0.8, reg_scale=0.03, reg_rot=1.5,
        stray_p_empty=0.3, stray_p_digit=0.0, fold_p=0.1, fold_dark=(0.05, 0.2),
        neighbour_p=0.6, neighbour_box_p=0.8, stroke_t=(0.4, 0.8), scribble_only_p=0.15,
        elastic=0.0, touch_p=0.0, rule_p=0.0,
    ),
    "train": dict(
        dpi=(140, 320), size=(0.75, 1.35), aspect=0.12, rot=12.0, shear=0.25, off=(1.3, 1.5),
        morph_p=0.3, strength=(0.7, 1.0), faint_p=0.12, faint=(0.3, 0.6), ink_jitter=15.0,
        paper=(235, 255), light=(0.5, 1.0), light_grad=0.004, border_gray=(0, 90), border_t=(0.18, 0.35),
        blur=(0.0, 1.5), noise=(0.0, 10.0), jpeg_p=0.7, jpeg_q=(30, 95),
        reg_shift=1.0, reg_scale=0.04, reg_rot=2.0,
        stray_p_empty=0.4, stray_p_digit=0.05, fold_p=0.12, fold_dark=(0.04, 0.22),
        neighbour_p=0.6, neighbour_box_p=0.8, stroke_t=(0.3, 0.9), scribble_only_p=0.15,
        elastic=0.07, touch_p=0.08, rule_p=0.08,
    ),
}


def tune_malloc():
    """Keep freed tensor memory in the heap instead of returning it to the kernel: the
    renderer allocates many ~20 MB temporaries and page faults would double its time."""
    try:
        import ctypes
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 1 << 30)   # M_TRIM_THRESHOLD
        libc.mallopt(-3, 1 << 25)   # M_MMAP_THRESHOLD (32 MiB, the maximum)
    except (OSError, AttributeError):
        pass


def normalise(crops_u8):
    """The network input rule: x = (255 - g) / 255; x = (x - min) / max(max - min, 0.1).
    crops_u8: uint8 tensor [N, 42, 33] -> float32 [N, 1, 42, 33]."""
    x = (255.0 - crops_u8.float()) / 255.0
    x = x.reshape(x.shape[0], -1)
    m = x.min(dim=1, keepdim=True).values
    M = x.max(dim=1, keepdim=True).values
    x = (x - m) / torch.clamp(M - m, min=0.1)
    return x.reshape(-1, 1, OUT_H, OUT_W)


class CropSynth:
    """Renders crops from one split's glyphs (numpy uint8 [N,28,28], labels [N])."""

    def __init__(self, images, labels, mode, seed):
        if mode not in RANGES:
            raise ValueError(mode)
        self.r = RANGES[mode]
        self.mode = mode
        self.rng = np.random.RandomState(seed)
        self.gen = torch.Generator().manual_seed(int(seed))
        self.cells = torch.from_numpy(np.ascontiguousarray(images)).float().div_(255.0).unsqueeze(1)
        self.labels = np.asarray(labels)
        self.by_class = [np.nonzero(self.labels == d)[0] for d in range(10)]
        # fixed geometry of the pipeline's output grid (crop mm of each 12 px/mm pixel)
        self.xo = torch.tensor(-CROP_W_MM / 2 + (np.arange(CROP_W_MM * WARP_PPMM) + 0.5) / WARP_PPMM,
                               dtype=torch.float32)
        self.yo = torch.tensor(-CROP_H_MM / 2 + (np.arange(CROP_H_MM * WARP_PPMM) + 0.5) / WARP_PPMM,
                               dtype=torch.float32)

    # ------------------------------------------------------------ helpers
    def _u(self, lo_hi, n):
        return self.rng.uniform(lo_hi[0], lo_hi[1], n).astype(np.float32)

    def _pick_glyphs(self, digits):
        return np.array([self.by_class[d][self.rng.randint(len(self.by_class[d]))] for d in digits],
                        dtype=np.int64)

    def _cells56(self, idx):
        """2x upsampled cells with optional 1-px dilate / erode."""
        c = F.interpolate(self.cells[torch.from_numpy(idx)], scale_factor=2, mode="bilinear",
                          align_corners=False)
        r = self.rng.uniform(size=len(idx))
        p = self.r["morph_p"]
        dil = torch.from_numpy(r < p).view(-1, 1, 1, 1)
        ero = torch.from_numpy((r >= p) & (r < 2 * p)).view(-1, 1, 1, 1)
        c = torch.where(dil, F.max_pool2d(c, 3, 1, 1), c)
        c = torch.where(ero, -F.max_pool2d(-c, 3, 1, 1), c)
        return c

    def _glyph_params(self, k, touch=None):
        R = self.r
        s = self._u(R["size"], k) * BOX_W
        asp = np.exp(self._u((-R["aspect"], R["aspect"]), k)) if R["aspect"] else np.ones(k, np.float32)
        th = np.radians(self._u((-R["rot"], R["rot"]), k))
        sh = self._u((-R["shear"], R["shear"]), k)
        ox = self._u((-R["off"][0], R["off"][0]), k)
        oy = self._u((-R["off"][1], R["off"][1]), k)
        if touch is not None and touch.any():
            # digits touching / overlapping the box border
            t = np.nonzero(touch)[0]
            s[t] = self._u((1.1, 1.45), len(t)) * BOX_W
            ox[t] = self._u((-1.9, 1.9), len(t))
            oy[t] = self._u((-2.2, 2.2), len(t))
        return s, asp, th, sh, ox, oy

    def _glyph_alpha(self, cells, cx, cy, s, asp, th, sh, X, Y):
        """alpha [k,H,W] of cells [k,1,56,56] placed on the page grid X [W], Y [H]."""
        k = cells.shape[0]
        sx, sy = s * np.sqrt(asp) / 2, s / np.sqrt(asp) / 2
        c, si = np.cos(th), np.sin(th)
        # M = Rot(th) @ [[1, sh], [0, 1]] @ diag(sx, sy); page = centre + M @ (u, v)
        m00, m01 = c * sx, (c * sh - si) * sy
        m10, m11 = si * sx, (si * sh + c) * sy
        det = m00 * m11 - m01 * m10
        a00, a01, a10, a11 = m11 / det, -m01 / det, -m10 / det, m00 / det
        t = lambda v: torch.from_numpy(np.asarray(v, np.float32)).view(-1, 1, 1)
        dx = X.view(1, 1, -1) - t(cx)
        dy = Y.view(1, -1, 1) - t(cy)
        u = t(a00) * dx + t(a01) * dy
        v = t(a10) * dx + t(a11) * dy
        if self.r["elastic"] > 0:
            amp = torch.from_numpy(self._u((0, self.r["elastic"]), k)).view(-1, 1, 1, 1)
            field = torch.randn(k, 2, 5, 4, generator=self.gen) * amp
            field = F.interpolate(field, size=(len(Y), len(X)), mode="bilinear", align_corners=True)
            u = u + field[:, 0]
            v = v + field[:, 1]
        grid = torch.empty(k, len(Y), len(X), 2)
        grid[..., 0] = u
        grid[..., 1] = v
        return F.grid_sample(cells, grid, mode="bilinear", padding_mode="zeros", align_corners=False)[:, 0]

    @staticmethod
    def _segments_alpha(segs, X, Y, D):
        """segs: list (one per crop) of lists of (x0, y0, x1, y1, thickness, strength).
        Returns alpha [k,H,W] = max over segments of coverage * strength."""
        k = len(segs)
        K = max(len(s) for s in segs)
        arr = np.zeros((k, K, 6), np.float32)
        for i, ss in enumerate(segs):
            if ss:
                arr[i, :len(ss)] = np.asarray(ss, np.float32)
        a = torch.from_numpy(arr)
        px = X.view(1, 1, -1)
        py = Y.view(1, -1, 1)
        out = torch.zeros(k, len(Y), len(X))
        for j in range(K):
            x0, y0, x1, y1, th, st = [a[:, j, q].view(-1, 1, 1) for q in range(6)]
            ex, ey = x1 - x0, y1 - y0
            l2 = torch.clamp(ex * ex + ey * ey, min=1e-6)
            t = torch.clamp(((px - x0) * ex + (py - y0) * ey) / l2, 0.0, 1.0)
            d = torch.sqrt((px - x0 - t * ex) ** 2 + (py - y0 - t * ey) ** 2)
            cov = torch.clamp((th / 2 - d) * D + 0.5, 0.0, 1.0) * st
            out = torch.maximum(out, cov)
        return out

    # ------------------------------------------------------- mark layouts
    def _strike(self, strength, cx, cy):
        """1-3 strokes across the box, or a zig-zag (crossed-out digit)."""
        rng, R = self.rng, self.r
        t = lambda: rng.uniform(*R["stroke_t"])
        hx, hy = BOX_W / 2, BOX_H / 2
        kind = rng.choice(["x", "diag", "strike", "zigzag", "mixed"], p=[0.35, 0.2, 0.2, 0.15, 0.1])
        j = lambda a=1.0: rng.uniform(-a, a)
        segs = []

        def diag(sign):
            f = rng.uniform(0.6, 1.05)
            return (cx - hx * f + j(), cy - sign * hy * f + j(), cx + hx * f + j(), cy + sign * hy * f + j(),
                    t(), strength)

        def strike():
            y = cy + rng.uniform(-2.2, 2.2)
            l, r = rng.uniform(2.8, 5.0), rng.uniform(2.8, 5.0)
            slope = math.tan(math.radians(rng.uniform(-12, 12)))
            return (cx - l, y - l * slope, cx + r, y + r * slope, t(), strength)

        if kind == "x":
            segs = [diag(1), diag(-1)]
        elif kind == "diag":
            sign = rng.choice([-1, 1])
            segs = [diag(sign)]
            if rng.uniform() < 0.3:
                segs.append(diag(sign))
        elif kind == "strike":
            segs = [strike()]
            if rng.uniform() < 0.35:
                segs.append(strike())
        elif kind == "mixed":
            segs = [diag(rng.choice([-1, 1])), strike()]
            if rng.uniform() < 0.5:
                segs.append(diag(rng.choice([-1, 1])))
        else:
            segs = self._zigzag(rng.randint(5, 9), rng.uniform(5, 8.5), rng.uniform(6, 10.5), t(), strength,
                                cx, cy)
        return segs

    def _zigzag(self, npts, w, h, thick, strength, cx=0.0, cy=0.0):
        rng = self.rng
        vertical = rng.uniform() < 0.6      # alternate left/right going down, else up/down going right
        cx, cy = cx + rng.uniform(-0.8, 0.8), cy + rng.uniform(-1.0, 1.0)
        pts = []
        for i in range(npts):
            f = -0.5 + i / (npts - 1)
            side = 0.5 if i % 2 else -0.5
            if vertical:
                pts.append((cx + side * w + rng.uniform(-0.8, 0.8), cy + f * h + rng.uniform(-0.6, 0.6)))
            else:
                pts.append((cx + f * w + rng.uniform(-0.6, 0.6), cy + side * h + rng.uniform(-0.8, 0.8)))
        return [(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], thick, strength)
                for i in range(npts - 1)]

    def _scribble(self, strength):
        """Dense scribble with no digit under it."""
        rng = self.rng
        t = rng.uniform(*self.r["stroke_t"])
        segs = self._zigzag(rng.randint(8, 13), rng.uniform(4.5, 8), rng.uniform(5, 10), t, strength)
        return segs[:12]

    def _stray(self, strength):
        """A dot (0.3-0.8 mm) or a short line (< 2 mm) near an edge of the box."""
        rng = self.rng
        hx, hy = BOX_W / 2, BOX_H / 2
        edge = rng.randint(4)
        d = rng.uniform(0.3, 1.6)
        if edge == 0:
            x, y = rng.uniform(-hx + 0.5, hx - 0.5), -hy + d
        elif edge == 1:
            x, y = rng.uniform(-hx + 0.5, hx - 0.5), hy - d
        elif edge == 2:
            x, y = -hx + d, rng.uniform(-hy + 0.5, hy - 0.5)
        else:
            x, y = hx - d, rng.uniform(-hy + 0.5, hy - 0.5)
        if rng.uniform() < 0.5:
            return [(x, y, x, y, rng.uniform(0.3, 0.8), strength)]
        ln = rng.uniform(0.4, 1.9)
        a = rng.uniform(0, math.pi)
        dx, dy = math.cos(a) * ln / 2, math.sin(a) * ln / 2
        return [(x - dx, y - dy, x + dx, y + dy, rng.uniform(0.2, 0.6), strength)]

    def _fold(self):
        rng = self.rng
        a = rng.uniform(0, math.pi)
        px, py = rng.uniform(-5, 5), rng.uniform(-6.5, 6.5)
        dx, dy = math.cos(a) * 30, math.sin(a) * 30
        return [(px - dx, py - dy, px + dx, py + dy, rng.uniform(0.2, 0.8), rng.uniform(*self.r["fold_dark"]))]

    # -------------------------------------------------------------- chunk
    def chunk(self, classes, glyph_idx=None):
        """Render one crop per entry of classes (0..11). glyph_idx optionally fixes the
        glyph (index into this split) used for digit / crossed-out crops (-1 = random).
        Returns uint8 tensor [n, 42, 33]."""
        R, rng = self.r, self.rng
        classes = np.asarray(classes, dtype=np.int64)
        n = len(classes)
        D = rng.uniform(*R["dpi"]) / 25.4                      # scan px per mm
        m = 1.2                                                # scan margin around the crop, mm
        W = int(math.ceil((CROP_W_MM + 2 * m) * D))
        H = int(math.ceil((CROP_H_MM + 2 * m) * D))
        x0 = -CROP_W_MM / 2 - m - rng.uniform() / D
        y0 = -CROP_H_MM / 2 - m - rng.uniform() / D
        X = torch.tensor(x0 + (np.arange(W) + 0.5) / D, dtype=torch.float32)
        Y = torch.tensor(y0 + (np.arange(H) + 0.5) / D, dtype=torch.float32)

        # ---- ink and strengths
        ink = INKS[rng.randint(2, size=n)].copy()
        if R["ink_jitter"]:
            ink += rng.uniform(-R["ink_jitter"], R["ink_jitter"], size=(n, 3)).astype(np.float32)
        strength = self._u(R["strength"], n)
        faint = rng.uniform(size=n) < R["faint_p"]
        strength[faint] = self._u(R["faint"], int(faint.sum()))

        # ---- main digit
        scribble_only = (classes == CROSSED) & (rng.uniform(size=n) < R["scribble_only_p"])
        has_digit = (classes < 10) | ((classes == CROSSED) & ~scribble_only)
        digits = np.where(classes < 10, classes, rng.randint(10, size=n))
        gidx = self._pick_glyphs(digits)
        if glyph_idx is not None:
            gi = np.asarray(glyph_idx)
            gidx = np.where(gi >= 0, gi, gidx)
        ink_alpha = torch.zeros(n, H, W)
        dcx = np.zeros(n, np.float32)                           # where the digit is (for strikes)
        dcy = np.zeros(n, np.float32)
        sel = np.nonzero(has_digit)[0]
        if len(sel):
            touch = rng.uniform(size=len(sel)) < R["touch_p"]
            s, asp, th, sh, ox, oy = self._glyph_params(len(sel), touch)
            a = self._glyph_alpha(self._cells56(gidx[sel]), ox, oy, s, asp, th, sh, X, Y)
            ink_alpha[torch.from_numpy(sel)] = a
            dcx[sel], dcy[sel] = ox, oy

        # ---- neighbouring digit (same writer, same ink), left or right box
        nsel = np.nonzero(rng.uniform(size=n) < R["neighbour_p"])[0]
        if len(nsel):
            side = np.where(rng.uniform(size=len(nsel)) < 0.5, -1.0, 1.0).astype(np.float32)
            s, asp, th, sh, ox, oy = self._glyph_params(len(nsel))
            nid = self._pick_glyphs(rng.randint(10, size=len(nsel)))
            cells = self._cells56(nid)
            # a neighbour's ink can only reach the outer ~2 mm of this crop: render just there
            for sgn, cols in ((-1.0, torch.nonzero(X < -3.3)[:, 0]), (1.0, torch.nonzero(X > 3.3)[:, 0])):
                q = np.nonzero(side == sgn)[0]
                if len(q) == 0 or len(cols) == 0:
                    continue
                a = self._glyph_alpha(cells[torch.from_numpy(q)], ox[q] + sgn * PITCH, oy[q], s[q], asp[q],
                                      th[q], sh[q], X[cols], Y)
                t = torch.from_numpy(nsel[q])
                lo, hi = int(cols[0]), int(cols[-1]) + 1
                ink_alpha[t, :, lo:hi] = 1 - (1 - ink_alpha[t, :, lo:hi]) * (1 - a)
        ink_alpha *= torch.from_numpy(strength).view(-1, 1, 1)

        # ---- strokes, stray marks (ink) and fold lines (darkening)
        marks = [[] for _ in range(n)]
        folds = [[] for _ in range(n)]
        for i in range(n):
            if classes[i] == CROSSED:
                st = strength[i] if rng.uniform() < 0.7 else rng.uniform(0.6, 1.0)
                marks[i] += self._scribble(st) if scribble_only[i] else self._strike(st, dcx[i], dcy[i])
            p_stray = R["stray_p_empty"] if classes[i] == EMPTY else R["stray_p_digit"]
            if rng.uniform() < p_stray:
                marks[i] += self._stray(strength[i])
            if rng.uniform() < R["fold_p"]:
                folds[i] += self._fold()
        mark_alpha = torch.zeros(n, H, W)
        msel = [i for i in range(n) if marks[i]]
        if msel:
            mark_alpha[torch.tensor(msel)] = self._segments_alpha([marks[i] for i in msel], X, Y, D)
        fold_alpha = None
        fsel = [i for i in range(n) if folds[i]]
        if fsel:
            fold_alpha = torch.zeros(n, H, W)
            fold_alpha[torch.tensor(fsel)] = self._segments_alpha([folds[i] for i in fsel], X, Y, D)
        # a crossed-out stroke is drawn with the same pen most of the time
        stroke_ink = np.where((rng.uniform(size=n) < 0.8)[:, None], ink, INKS[rng.randint(2, size=n)])

        # ---- printed box borders (this box, neighbours), optional rule lines
        def cov(P, a, b):
            hw = 0.5 / D
            return torch.clamp(torch.minimum(P + hw, b) - torch.maximum(P - hw, a), min=0.0) * D

        bt = torch.from_numpy(self._u(R["border_t"], n)).view(-1, 1)
        Xr, Yr = X.view(1, -1), Y.view(1, -1)
        hx, hy = BOX_W / 2, BOX_H / 2
        cyo = cov(Yr, torch.tensor(-hy), torch.tensor(hy))                 # [1,H]
        cyi = cov(Yr, -hy + bt, hy - bt)                                   # [n,H]
        border = torch.zeros(n, H, W)
        for bx, p in ((0.0, 1.0), (-PITCH, R["neighbour_box_p"]), (PITCH, R["neighbour_box_p"])):
            on = torch.from_numpy((rng.uniform(size=n) < p).astype(np.float32)).view(-1, 1, 1)
            cxo = cov(Xr, torch.tensor(bx - hx), torch.tensor(bx + hx))
            cxi = cov(Xr, bx - hx + bt, bx + hx - bt)
            ring = cyo.view(1, -1, 1) * cxo.view(1, 1, -1) - cyi.view(n, -1, 1) * cxi.view(n, 1, -1)
            border = border + on * ring
        if R["rule_p"]:
            for i in np.nonzero(rng.uniform(size=n) < R["rule_p"])[0]:
                yy = rng.choice([-1, 1]) * rng.uniform(hy + 0.5, hy + 2.0)
                tt = rng.uniform(0.1, 0.3)
                border[i] = torch.maximum(border[i], cov(Y, torch.tensor(yy - tt / 2),
                                                         torch.tensor(yy + tt / 2)).view(-1, 1).expand(H, W))
        border.clamp_(0, 1)

        # ---- composite in gray.  Compositing, lighting, blur and the warp are linear, and
        # JPEG's luma is exactly 0.299 R + 0.587 G + 0.114 B, so working on the gray
        # value equals the RGB path up to 8-bit rounding (chroma subsampling cancels out).
        v = lambda a: torch.from_numpy(np.asarray(a, np.float32))
        paper = v(self._u(R["paper"], n)).view(-1, 1, 1)
        bgray = v(self._u(R["border_gray"], n)).view(-1, 1, 1)
        img = torch.lerp(paper.expand(n, H, W), bgray.expand(n, H, W), border)   # [n,H,W]
        if fold_alpha is not None:
            img.mul_(1 - fold_alpha)
        img = torch.lerp(img, v(ink @ LUMA).view(-1, 1, 1).expand(n, H, W), ink_alpha)
        img = torch.lerp(img, v(stroke_ink @ LUMA).view(-1, 1, 1).expand(n, H, W), mark_alpha)
        light = np.where(rng.uniform(size=n) < 0.5, self._u((0.9, 1.0), n), self._u(R["light"], n))
        g = R["light_grad"]
        gx, gy = self._u((-g, g), n), self._u((-g, g), n)
        lx = v(light).view(-1, 1, 1) * (1 + v(gx).view(-1, 1, 1) * X.view(1, 1, -1))       # [n,1,W]
        ly = v(light).view(-1, 1, 1) * v(gy).view(-1, 1, 1) * Y.view(1, -1, 1)             # [n,H,1]
        img.mul_(lx + ly)

        # ---- scanner (page-level: one blur / noise level / JPEG quality per chunk)
        sig = float(rng.uniform(*R["blur"]))
        if sig > 0.05:
            rad = int(math.ceil(3 * sig))
            taps = np.arange(-rad, rad + 1, dtype=np.float32)
            ker = np.exp(-0.5 * (taps / sig) ** 2)
            ker = v(ker / ker.sum())
            x = F.pad(img.unsqueeze(1), (rad, rad, rad, rad), mode="replicate")[:, 0]
            # separable Gaussian as shifted sums (much faster than a 1-channel conv2d on CPU)
            h = x[:, :, 0:W] * ker[0]
            for q in range(1, 2 * rad + 1):
                h.add_(x[:, :, q:q + W], alpha=float(ker[q]))
            img = h[:, 0:H] * ker[0]
            for q in range(1, 2 * rad + 1):
                img.add_(h[:, q:q + H], alpha=float(ker[q]))
        nsig = float(rng.uniform(*R["noise"]))
        if nsig > 0:
            img = img + torch.randn(img.shape, generator=self.gen) * nsig
        img = img.round_().clamp_(0, 255)
        if rng.uniform() < R["jpeg_p"]:
            quality = int(rng.randint(R["jpeg_q"][0], R["jpeg_q"][1] + 1))
            hw = img.to(torch.uint8).numpy()
            for i in range(n):
                buf = io.BytesIO()
                Image.fromarray(hw[i], "L").save(buf, "JPEG", quality=quality)
                buf.seek(0)
                hw[i] = np.asarray(Image.open(buf))
            img = torch.from_numpy(hw).float()

        # ---- pipeline: registration error, bilinear warp to 12 px/mm, area / 4
        phi = np.radians(self._u((-R["reg_rot"], R["reg_rot"]), n))
        sc = 1 + self._u((-R["reg_scale"], R["reg_scale"]), n)
        tx = self._u((-R["reg_shift"], R["reg_shift"]), n)
        ty = self._u((-R["reg_shift"], R["reg_shift"]), n)
        c, s_ = v(np.cos(phi) * sc).view(-1, 1, 1), v(np.sin(phi) * sc).view(-1, 1, 1)
        xo, yo = self.xo.view(1, 1, -1), self.yo.view(1, -1, 1)
        grid = torch.empty(n, len(self.yo), len(self.xo), 2)
        grid[..., 0] = (c * xo - s_ * yo + v(tx).view(-1, 1, 1) - x0) * (2 * D / W) - 1
        grid[..., 1] = (s_ * xo + c * yo + v(ty).view(-1, 1, 1) - y0) * (2 * D / H) - 1
        warped = F.grid_sample(img.unsqueeze(1), grid, mode="bilinear", padding_mode="border",
                               align_corners=False).round_()
        small = F.avg_pool2d(warped, DOWN)[:, 0].round_()
        return small.clamp_(0, 255).to(torch.uint8)


def balanced_classes(rng, n, digit_share=0.76):
    """Random class labels: digits share digit_share uniformly, the rest empty / crossed out."""
    r = rng.uniform(size=n)
    cls = rng.randint(10, size=n)
    rest = (1 - digit_share) / 2
    cls[r >= digit_share] = EMPTY
    cls[r >= digit_share + rest] = CROSSED
    return cls
