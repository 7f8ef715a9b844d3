"""Label placement with collision avoidance, in screen pixels (labels keep their size when zooming)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

# Candidate positions relative to the anchor, tried in order: centred for areas, then around the point.
_AREA = ("centre", "below", "above", "right", "left")
_POINT = ("right", "left", "above", "below")
GAP = 5.0


def _offset(where: str, w: float, h: float) -> QPointF:
    return {
        "centre": QPointF(-w / 2, -h / 2),
        "above": QPointF(-w / 2, -h - GAP),
        "below": QPointF(-w / 2, GAP),
        "right": QPointF(GAP + 2, -h / 2),
        "left": QPointF(-w - GAP - 2, -h / 2),
    }[where]


def place_labels(labels, to_view, viewport: QRectF, obstacles=()) -> int:
    """Place labels by priority, each at its first free candidate position; hide those that fit nowhere.

    Parameters
    ----------
    labels : iterable of LabelItem
        Visible-layer labels; ``label.point_like`` (default False) chooses point rather than area candidates.
    to_view : callable
        Maps a scene point to a view (pixel) point.
    viewport : QRectF
        Labels must lie inside it.
    obstacles : iterable of QRectF
        Pixel areas no label may cover (the legend).

    Returns
    -------
    int
        The number of labels shown.
    """
    placed: list[QRectF] = list(obstacles)
    shown = 0
    for label in sorted(labels, key=lambda item: item.priority):
        anchor = to_view(label.pos())
        size = label.size
        candidates = _POINT if getattr(label, "point_like", False) else _AREA
        for where in candidates:
            off = _offset(where, size.width(), size.height())
            rect = QRectF(anchor + off, size.size()).adjusted(-2, -1, 2, 1)
            if viewport.contains(rect) and not any(rect.intersects(p) for p in placed):
                label.set_offset(off)
                label.setVisible(True)
                placed.append(rect)
                shown += 1
                break
        else:
            label.setVisible(False)
    return shown
