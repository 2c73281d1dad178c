#!/usr/bin/env python3
"""Draws the app's icons (static/icons/*.png) for the web app manifest: a funnel of three bars
(the pipeline) over a rising line (bookings), white on the page's accent blue.

    python3 scripts/make-icons.py      # needs Pillow; rewrites static/icons/

The icons are committed, so a build never runs this. `icon-*.png` are rounded squares on a
transparent ground; `maskable-512.png` fills its square and keeps the drawing inside the
central 80% circle that a launcher's mask may leave (https://w3c.github.io/manifest/#icon-masks).
"""

from pathlib import Path

from PIL import Image, ImageDraw

ACCENT = (11, 98, 196, 255)  # --accent in styles/app.css
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
SUPER = 4  # drawn 4x larger, then scaled down: smooth edges without an anti-aliasing pass


def draw(size: int, maskable: bool) -> Image.Image:
    s = size * SUPER
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if maskable:
        d.rectangle([0, 0, s, s], fill=ACCENT)
        inset = s * 0.22  # the drawing inside the safe circle
    else:
        d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s * 0.2, fill=ACCENT)
        inset = s * 0.17
    box = s - 2 * inset
    # The funnel: three bars, each narrower, centred.
    bar_h = box * 0.16
    gap = box * 0.08
    for i, width in enumerate((1.0, 0.7, 0.42)):
        w = box * width
        x0 = inset + (box - w) / 2
        y0 = inset + i * (bar_h + gap)
        d.rounded_rectangle([x0, y0, x0 + w, y0 + bar_h], radius=bar_h * 0.35, fill=WHITE)
    # Bookings: a line rising across the bottom.
    base = inset + 3 * (bar_h + gap) + box * 0.04
    points = [
        (inset, inset + box),
        (inset + box * 0.35, base + (inset + box - base) * 0.45),
        (inset + box * 0.6, base + (inset + box - base) * 0.65),
        (inset + box, base),
    ]
    d.line(points, fill=WHITE, width=int(box * 0.07), joint="curve")
    r = box * 0.06
    x, y = points[-1]
    d.ellipse([x - r, y - r, x + r, y + r], fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
    draw(512, maskable=True).save(OUT / "maskable-512.png", optimize=True)
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(OUT.parent.parent)}: {f.stat().st_size} B")


if __name__ == "__main__":
    main()
