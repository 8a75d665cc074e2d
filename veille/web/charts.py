"""Charts drawn on the server as inline SVG (no script, no library, nothing fetched): a
column chart of weekly counts per series and a bar chart of totals. Every label is escaped;
each chart carries a text alternative, and the page shows the figures as a table too."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

PALETTE = ("#2b6cb0", "#c05621", "#2f855a", "#805ad5", "#b83280", "#718096")
"""Mid-tone colours readable on a light and on a dark background."""


def _nice_max(value: int) -> int:
    """A round top for the axis, at least ``value``."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        top = int(factor * step)
        if top >= value:
            return top
    return value


def columns(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]
) -> Markup:
    """Stacked columns: one column per label (a week), one colour per series (a theme)."""
    width, height, left, bottom, top_pad = 420, 220, 34, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    stacks = [sum(values[i] for _, values in series) for i in range(len(labels))]
    top = _nice_max(max(stacks, default=0))
    slot = plot_w / max(len(labels), 1)
    bar = slot * 0.62
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, top // 2, top):
        y = top_pad + plot_h - plot_h * tick / top
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for i, label in enumerate(labels):
        x = left + i * slot + (slot - bar) / 2
        y = top_pad + plot_h
        for s, (name, values) in enumerate(series):
            h = plot_h * values[i] / top
            if h <= 0:
                continue
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(name)} : '
                f"{values[i]}</title></rect>"
            )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 18}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(title: str, rows: Sequence[tuple[str, int]]) -> Markup:
    """Horizontal bars, one per row, longest first as given, with the value at the end."""
    line, left, width = 28, 150, 420
    height = max(line * len(rows), line) + 8
    top = max((v for _, v in rows), default=0) or 1
    span = width - left - 36
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, value) in enumerate(rows):
        y = 4 + i * line
        w = span * value / top
        name = label if len(label) <= 19 else label[:18] + "…"
        parts.append(
            f'<text x="{left - 6}" y="{y + 18}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{line - 10}" '
            f'fill="{PALETTE[0]}"/><text x="{left + w + 5:.1f}" y="{y + 18}">{value}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def sparkline(title: str, values: Sequence[int], highlight: int = 0) -> Markup:
    """A small column chart of daily counts; the last ``highlight`` days in a stronger
    colour (the radar's window)."""
    width, height = 150, 32
    top = max(max(values, default=0), 1)
    slot = width / max(len(values), 1)
    parts = [
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="0" x2="{width}" y1="{height - 0.5}" y2="{height - 0.5}" class="grid"/>',
    ]
    first_hot = len(values) - highlight
    for i, value in enumerate(values):
        if value <= 0:
            continue
        h = (height - 2) * value / top
        colour = PALETTE[1] if i >= first_hot else PALETTE[0]
        parts.append(
            f'<rect x="{i * slot + 0.5:.1f}" y="{height - h:.1f}" width="{max(slot - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="{colour}"/>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
