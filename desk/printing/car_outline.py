"""The car drawing of the walk-around: ONE geometry for the screen and for the printed sheet.

The drawing is a car with its sides unfolded: the left flank above (as seen standing on the car's
left), the top view in the middle (front to the right), the right flank below (as seen standing on
its right), labelled 前/后/左/右 lightly. It is written here once, as plain numbers in a
``VIEW_WIDTH`` × ``VIEW_HEIGHT`` box:

- :func:`to_svg` writes it as SVG; ``resources/car_outline.svg`` is that output (a test keeps the
  file equal to it; regenerate with ``python -m desk.printing.car_outline > resources/car_outline.svg``).
  The screen draws the SVG file with Qt's ``QSvgRenderer``.
- :func:`desk.printing.checkin_sheet.draw_outline` draws the same elements with
  reportlab for the PDF, since reportlab cannot read SVG. Nothing here imports Qt or reportlab.

Why not rasterise the SVG for the PDF: that needs Qt (which printing must not import) and gives a
blurry picture on paper; vector paths from the same numbers print sharp at any size.

Damage marks are stored as ``x, y`` in 0–1 of the drawing's width and height (0, 0 top left), so
they land on the same spot of the car whatever size the drawing is shown or printed at:
:func:`to_box` maps them into any box.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

VIEW_WIDTH = 1000.0
VIEW_HEIGHT = 860.0
ASPECT = VIEW_WIDTH / VIEW_HEIGHT

Command = tuple  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)


@dataclass(frozen=True)
class Path:
    commands: tuple[Command, ...]
    style: str
    """``body`` (outline), ``glass``, ``line`` (panel lines), ``wheel``, ``light``."""


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    style: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    size: float
    anchor: str = "middle"
    """``start``, ``middle`` or ``end`` (SVG's text-anchor)."""


STYLES: dict[str, dict[str, object]] = {
    # stroke colour, stroke width (in drawing units), fill colour or None
    "body": {"stroke": "#2b2f36", "width": 3.2, "fill": "#ffffff"},
    "glass": {"stroke": "#2b2f36", "width": 2.0, "fill": "#e4ecf3"},
    "line": {"stroke": "#6b7380", "width": 1.6, "fill": None},
    "roof": {"stroke": "#2b2f36", "width": 2.0, "fill": "#ffffff"},
    "wheel": {"stroke": "#2b2f36", "width": 2.6, "fill": "#d9dce1"},
    "hub": {"stroke": "#2b2f36", "width": 1.8, "fill": "#ffffff"},
    "light": {"stroke": "#2b2f36", "width": 1.6, "fill": "#f3f0e0"},
}
LABEL_COLOUR = "#8a929e"
LABEL_FONT = "WenQuanYi Micro Hei, Microsoft YaHei, SimHei, sans-serif"


# --- the side view, written once with the front to the right ---------------------------------
# x along the car (rear 120 … front 886), h = height above the ground (0 … 204).

_SIDE_BODY: tuple[Command, ...] = (
    ("M", 125, 50),
    ("L", 170, 48),
    ("C", 172, 130, 288, 130, 290, 44),
    ("L", 690, 42),
    ("C", 692, 130, 808, 130, 810, 44),
    ("L", 862, 46),
    ("C", 880, 50, 887, 70, 885, 92),
    ("L", 881, 110),
    ("C", 860, 120, 780, 128, 690, 134),
    ("C", 650, 160, 616, 196, 586, 212),
    ("C", 520, 220, 420, 220, 360, 212),
    ("C", 318, 196, 280, 170, 250, 150),
    ("L", 152, 146),
    ("C", 134, 142, 124, 124, 123, 100),
    ("Z",),
)
_SIDE_GLASS: tuple[Command, ...] = (
    ("M", 274, 150),
    ("L", 668, 142),
    ("C", 642, 164, 614, 190, 588, 203),
    ("C", 520, 210, 430, 210, 366, 204),
    ("C", 330, 190, 300, 170, 274, 150),
    ("Z",),
)
_SIDE_LINES: tuple[tuple[Command, ...], ...] = (
    (("M", 472, 208), ("L", 472, 42)),  # B-pillar and the line between the doors
    (("M", 676, 140), ("L", 672, 60), ("C", 670, 50, 668, 44, 664, 42)),  # front door, front edge
    (("M", 306, 149), ("L", 304, 100), ("C", 300, 78, 298, 60, 294, 46)),  # rear door, rear edge
    (("M", 156, 112), ("L", 846, 110)),  # character line
    (("M", 590, 118), ("L", 618, 117)),  # front door handle
    (("M", 398, 121), ("L", 426, 120)),  # rear door handle
    (("M", 866, 70), ("L", 885, 72)),  # front bumper
    (("M", 124, 72), ("L", 168, 72)),  # rear bumper
)
_SIDE_MIRROR: tuple[Command, ...] = (("M", 664, 146), ("L", 652, 162), ("L", 630, 162), ("L", 634, 146), ("Z",))
_SIDE_HEADLIGHT: tuple[Command, ...] = (("M", 883, 100), ("L", 848, 106), ("L", 846, 116), ("C", 862, 115, 874, 112, 881, 108), ("Z",))
_SIDE_TAILLIGHT: tuple[Command, ...] = (("M", 124, 106), ("L", 150, 112), ("L", 150, 128), ("L", 128, 126), ("Z",))
_WHEELS = (230.0, 750.0)
_WHEEL_R, _RIM_R, _HUB_R = 46.0, 28.0, 6.0

LEFT_GROUND = 252.0
"""Ground line of the left flank (top of the drawing)."""
RIGHT_GROUND = 838.0
"""Ground line of the right flank (bottom of the drawing)."""


def _side(ground: float, mirrored: bool) -> list[Path | Circle]:
    def point(x: float, h: float) -> tuple[float, float]:
        return (VIEW_WIDTH - x if mirrored else x), ground - h

    def path(commands: tuple[Command, ...], style: str) -> Path:
        out: list[Command] = []
        for c in commands:
            if c[0] == "Z":
                out.append(("Z",))
            else:
                coords: list[float] = []
                for i in range(1, len(c), 2):
                    coords.extend(point(c[i], c[i + 1]))
                out.append((c[0], *coords))
        return Path(tuple(out), style)

    elements: list[Path | Circle] = [
        path(_SIDE_BODY, "body"),
        path(_SIDE_GLASS, "glass"),
        *(path(line, "line") for line in _SIDE_LINES),
        path(_SIDE_MIRROR, "body"),
        path(_SIDE_HEADLIGHT, "light"),
        path(_SIDE_TAILLIGHT, "light"),
    ]
    for x in _WHEELS:
        cx, cy = point(x, _WHEEL_R)
        elements += [Circle(cx, cy, _WHEEL_R, "wheel"), Circle(cx, cy, _RIM_R, "hub"), Circle(cx, cy, _HUB_R, "line")]
    return elements


# --- the top view, front to the right, the car's left side up --------------------------------

TOP_Y0, TOP_Y1 = 302.0, 558.0


def _mirror_y(commands: tuple[Command, ...]) -> tuple[Command, ...]:
    """The same path reflected about the car's centre line (left side ↔ right side)."""
    middle = (TOP_Y0 + TOP_Y1) / 2
    out: list[Command] = []
    for c in commands:
        if c[0] == "Z":
            out.append(c)
        else:
            values = list(c[1:])
            for i in range(1, len(values), 2):
                values[i] = 2 * middle - values[i]
            out.append((c[0], *values))
    return tuple(out)


_TOP_BODY: tuple[Command, ...] = (
    ("M", 165, 302),
    ("L", 795, 302),
    ("C", 850, 304, 880, 330, 884, 372),
    ("L", 884, 488),
    ("C", 880, 530, 850, 556, 795, 558),
    ("L", 165, 558),
    ("C", 134, 556, 119, 530, 117, 490),
    ("L", 117, 370),
    ("C", 119, 330, 134, 304, 165, 302),
    ("Z",),
)
_TOP_GREENHOUSE: tuple[Command, ...] = (
    ("M", 262, 324),
    ("C", 400, 314, 600, 312, 694, 318),
    ("C", 709, 380, 709, 480, 694, 542),
    ("C", 600, 548, 400, 546, 262, 536),
    ("C", 250, 480, 250, 380, 262, 324),
    ("Z",),
)
_TOP_ROOF: tuple[Command, ...] = (
    ("M", 338, 338),
    ("L", 606, 336),
    ("C", 614, 390, 614, 470, 606, 524),
    ("L", 338, 522),
    ("C", 330, 470, 330, 390, 338, 338),
    ("Z",),
)
_TOP_LINES: tuple[tuple[Command, ...], ...] = (
    (("M", 712, 340), ("C", 780, 344, 840, 352, 872, 370)),  # bonnet creases
    (("M", 712, 520), ("C", 780, 516, 840, 508, 872, 490)),
    (("M", 248, 340), ("C", 200, 342, 160, 350, 130, 372)),  # boot lid
    (("M", 248, 520), ("C", 200, 518, 160, 510, 130, 488)),
    (("M", 472, 304), ("L", 472, 316)),  # B-pillars
    (("M", 472, 556), ("L", 472, 544)),
)
_TOP_MIRROR: tuple[Command, ...] = (("M", 648, 303), ("L", 638, 284), ("L", 668, 284), ("L", 674, 303), ("Z",))
_TOP_HEADLIGHT: tuple[Command, ...] = (("M", 846, 312), ("C", 866, 322, 878, 340, 882, 362), ("L", 866, 360), ("C", 860, 340, 852, 326, 838, 316), ("Z",))
_TOP_TAILLIGHT: tuple[Command, ...] = (("M", 150, 306), ("C", 134, 314, 124, 330, 120, 350), ("L", 132, 350), ("C", 136, 334, 146, 320, 160, 312), ("Z",))
_TOP_WHEELS = ((190, 270), (710, 790))


def _top() -> list[Path | Circle]:
    elements: list[Path | Circle] = []
    for x0, x1 in _TOP_WHEELS:  # the tyres just show beside the body
        for y0, y1 in ((294, 303), (557, 566)):
            elements.append(Path((("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)), "wheel"))
    elements += [
        Path(_TOP_BODY, "body"),
        Path(_TOP_GREENHOUSE, "glass"),
        Path(_TOP_ROOF, "roof"),
        *(Path(line, "line") for line in _TOP_LINES),
    ]
    for shape, style in ((_TOP_MIRROR, "body"), (_TOP_HEADLIGHT, "light"), (_TOP_TAILLIGHT, "light")):
        elements += [Path(shape, style), Path(_mirror_y(shape), style)]
    return elements


def elements() -> list[Path | Circle]:
    """Every line of the drawing, in drawing order."""
    return [*_side(LEFT_GROUND, mirrored=True), *_top(), *_side(RIGHT_GROUND, mirrored=False)]


LABELS: tuple[Label, ...] = (
    Label(18, 34, "左侧", 26, "start"),
    Label(62, LEFT_GROUND - 80, "前", 26),
    Label(938, LEFT_GROUND - 80, "后", 26),
    Label(18, 292, "俯视", 26, "start"),
    Label(62, 440, "后", 26),
    Label(938, 440, "前", 26),
    Label(500, 282, "左", 22),
    Label(500, 596, "右", 22),
    Label(18, 612, "右侧", 26, "start"),
    Label(62, RIGHT_GROUND - 80, "后", 26),
    Label(938, RIGHT_GROUND - 80, "前", 26),
)


def to_box(x: float, y: float, left: float, top: float, width: float, height: float) -> tuple[float, float]:
    """A point in 0–1 of the drawing → the same point in a box (screen: y grows downwards)."""
    return left + x * width, top + y * height


def to_unit(px: float, py: float, left: float, top: float, width: float, height: float) -> tuple[float, float]:
    """A point in a box → 0–1 of the drawing, clamped to the drawing."""
    return min(max((px - left) / width, 0.0), 1.0), min(max((py - top) / height, 0.0), 1.0)


def fit(width: float, height: float) -> tuple[float, float, float, float]:
    """The largest box of the drawing's shape centred in ``width`` × ``height``: left, top, w, h."""
    if width / height > ASPECT:
        h = height
        w = h * ASPECT
    else:
        w = width
        h = w / ASPECT
    return (width - w) / 2, (height - h) / 2, w, h


# --- the kinds of mark: one shape and colour each, the same on screen and paper --------------

MARK_STYLES: dict[str, tuple[str, str]] = {
    "scratch": ("circle", "#d32f2f"),
    "dent": ("square", "#1565c0"),
    "crack": ("triangle", "#6a1b9a"),
    "chip": ("diamond", "#ef6c00"),
    "other": ("hexagon", "#455a64"),
}
"""Kind → (shape, colour). Shapes tell the kinds apart on a black-and-white copy too."""


def mark_polygon(shape: str, cx: float, cy: float, r: float, *, y_down: bool = True) -> list[tuple[float, float]]:
    """Corners of a mark's shape around its centre (a circle is returned as an empty list)."""
    import math

    sign = 1 if y_down else -1
    if shape == "square":
        s = r * 0.88
        return [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)]
    if shape == "diamond":
        s = r * 1.15
        return [(cx, cy - s), (cx + s, cy), (cx, cy + s), (cx - s, cy)]
    if shape == "triangle":
        s = r * 1.3
        return [
            (cx, cy - sign * s),
            (cx + s * math.cos(math.radians(30)), cy + sign * s * 0.62),
            (cx - s * math.cos(math.radians(30)), cy + sign * s * 0.62),
        ]
    if shape == "hexagon":
        return [(cx + r * 1.05 * math.cos(math.radians(a)), cy + r * 1.05 * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    return []


# --- SVG --------------------------------------------------------------------------------------


def _svg_path(commands: tuple[Command, ...]) -> str:
    def num(v: float) -> str:
        return f"{v:g}"

    return " ".join(c[0] + (" " + " ".join(num(v) for v in c[1:]) if len(c) > 1 else "") for c in commands)


def _svg_style(style: str) -> str:
    s = STYLES[style]
    fill = s["fill"] or "none"
    return f'fill="{fill}" stroke="{s["stroke"]}" stroke-width="{s["width"]}" stroke-linejoin="round" stroke-linecap="round"'


def to_svg() -> str:
    """The drawing as an SVG document (what ``resources/car_outline.svg`` holds)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by desk/printing/car_outline.py: edit the geometry there, not here. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{VIEW_WIDTH:g}" height="{VIEW_HEIGHT:g}" '
        f'viewBox="0 0 {VIEW_WIDTH:g} {VIEW_HEIGHT:g}">',
    ]
    for element in elements():
        if isinstance(element, Path):
            lines.append(f'  <path d="{_svg_path(element.commands)}" {_svg_style(element.style)}/>')
        else:
            lines.append(
                f'  <circle cx="{element.cx:g}" cy="{element.cy:g}" r="{element.r:g}" {_svg_style(element.style)}/>'
            )
    for label in LABELS:
        lines.append(
            f'  <text x="{label.x:g}" y="{label.y:g}" font-size="{label.size:g}" text-anchor="{label.anchor}" '
            f'font-family="{LABEL_FONT}" fill="{LABEL_COLOUR}">{escape(label.text)}</text>'
        )
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(to_svg())
