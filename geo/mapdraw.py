"""Matplotlib map drawing for briefs and figures: regions, zones and parks with Chinese labels.

matplotlib is imported lazily inside the functions, and only the object API (``matplotlib.figure.Figure`` with
the Agg canvas) is used, never pyplot. Labels use the embedded Noto Sans CJK SC font, so figures render
the same on any machine. Artists carry ``gid`` = region/zone/park id so callers and tests can find them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from geo.fastpath import Shape, load_layers

FONT_FAMILY = "Noto Sans CJK SC"
_registered = False


def cjk_font(size: float | None = None):
    """Font properties of the embedded Noto Sans CJK SC (registered with matplotlib on first use).

    Parameters
    ----------
    size : float, optional
        Font size in points.

    Returns
    -------
    matplotlib.font_manager.FontProperties
    """
    global _registered
    from matplotlib import font_manager

    if not _registered:
        import noto_cjk_sans_otc

        # The .ttc holds JP/KR/SC/TC faces; matplotlib registers each, and we always ask for SC by name.
        manager = font_manager.fontManager
        manager.addfont(noto_cjk_sans_otc.FONT_PATH)
        # A Noto Sans CJK installed system-wide has the same family name (and maybe another version):
        # the bundled faces go first, so the figures render the same on every machine.
        bundled = str(noto_cjk_sans_otc.FONT_PATH)
        manager.ttflist.sort(key=lambda e: str(e.fname) != bundled)
        clear = getattr(getattr(manager, "_findfont_cached", None), "cache_clear", None)
        if clear is not None:
            clear()
        _registered = True
    return font_manager.FontProperties(family=FONT_FAMILY, size=size)


def shape_path(shape: Shape):
    """A :class:`matplotlib.path.Path` of a region or zone (all rings; holes stay holes)."""
    import numpy as np
    from matplotlib.path import Path

    verts, codes = [], []
    for ring in shape.rings:
        pts = np.asarray(ring, dtype=float).reshape(-1, 2)
        verts.extend([*pts, pts[0]])
        codes.extend([Path.MOVETO] + [Path.LINETO] * (len(pts) - 1) + [Path.CLOSEPOLY])
    return Path(np.asarray(verts), codes)


def draw_shapes(
    ax,
    shapes: Sequence[Shape],
    *,
    facecolors: Mapping[str, str] | None = None,
    default_face: str = "#eef1f4",
    edgecolor: str = "#5b6770",
    linewidth: float = 0.8,
    labels: bool = True,
    fontsize: float = 9,
    zorder: float = 1,
) -> tuple[list, list]:
    """Draw region or zone outlines on an Axes, optionally with their short names at their label points.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
    shapes : sequence of Shape
        From :func:`geo.fastpath.load_layers`.
    facecolors : mapping of id to colour, optional
        Fill per shape; ``default_face`` for the others (``"none"`` for outlines only).
    labels : bool
        Write each shape's short name (Chinese) at its label point.

    Returns
    -------
    tuple of list
        ``(patches, texts)``, each artist with ``gid`` = the shape's id.
    """
    from matplotlib import patheffects
    from matplotlib.patches import PathPatch

    if not isinstance(shapes, Sequence) or not all(isinstance(s, Shape) for s in shapes):
        raise TypeError("shapes must be a sequence of geo.fastpath.Shape")
    facecolors = facecolors or {}
    font = cjk_font(fontsize)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    patches, texts = [], []
    for s in shapes:
        patch = PathPatch(
            shape_path(s),
            facecolor=facecolors.get(s.id, default_face),
            edgecolor=edgecolor,
            linewidth=linewidth,
            zorder=zorder,
            gid=s.id,
        )
        patches.append(ax.add_patch(patch))
        if labels:
            text = ax.text(
                *s.label, s.short, fontproperties=font, ha="center", va="center", zorder=zorder + 2, gid=s.id
            )
            text.set_path_effects(halo)
            texts.append(text)
    return patches, texts


def draw_parks(ax, parks: Iterable, *, size: float = 18, zorder: float = 5):
    """Draw park points: filled for exact/approximate points, hollow squares for region-level placements.

    Region-level parks sit at their region's label point; their markers are drawn a little below it so that
    they do not hide the region's name.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
    parks : iterable of geo.parks.ParkPoint

    Returns
    -------
    list
        One PathCollection per location kind, ``gid`` = ``"parks:<location>"``.
    """
    from matplotlib.transforms import offset_copy

    parks = list(parks)
    below_label = offset_copy(ax.transData, fig=ax.figure, y=-11, units="points")
    out = []
    for location, style in {
        "exact": {"facecolor": "#c0392b", "edgecolor": "white", "marker": "o"},
        "approximate": {"facecolor": "#e67e22", "edgecolor": "white", "marker": "o"},
        "region": {"facecolor": "none", "edgecolor": "#7f8c8d", "marker": "s"},
    }.items():
        pts = [p for p in parks if p.location == location]
        if pts:
            out.append(
                ax.scatter(
                    [p.x for p in pts],
                    [p.y for p in pts],
                    s=size,
                    zorder=zorder,
                    gid=f"parks:{location}",
                    transform=below_label if location == "region" else ax.transData,
                    **style,
                )
            )
    return out


# The app's zone colours (gui/palette.py ZONE_COLOURS), so figures, briefs and the window agree.
_ZONE_COLOURS = ("#1b7837", "#762a83", "#b35806", "#2166ac", "#8c510a")


def map_figure(
    *,
    lod: str = "province",
    counties: bool = False,
    facecolors: Mapping[str, str] | None = None,
    zones: Iterable[str] = (),
    parks: Iterable | None = None,
    title: str | None = None,
    size: tuple[float, float] = (6.0, 5.5),
    dpi: float = 100,
):
    """A map of Jilin: prefectures with Chinese labels, optional county lines, zone outlines and parks.

    Parameters
    ----------
    lod : {"province", "county"}
        Level of detail of the outlines.
    counties : bool
        Draw county boundaries (thin, unlabelled) under the prefectures.
    facecolors : mapping of adcode to colour, optional
        Prefecture fills (e.g. a choropleth).
    zones : iterable of str
        Zone ids whose outlines to draw (dashed).
    parks : iterable of ParkPoint, optional
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        With an Agg canvas attached: ``fig.savefig(...)`` works without pyplot.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    layers = load_layers(lod)
    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.90 if title else 0.96))
    ax.set_aspect("equal")
    ax.set_axis_off()
    draw_shapes(ax, list(layers.prefectures), facecolors=facecolors, linewidth=0.9, labels=True)
    if counties:
        draw_shapes(
            ax, list(layers.counties), default_face="none", edgecolor="#9aa5ad", linewidth=0.3, labels=False
        )
    zone_shapes = [layers.zone(z) for z in zones]
    for shape, colour in zip(zone_shapes, _ZONE_COLOURS * len(zone_shapes), strict=False):
        # Each zone its own colour, named in a legend, so overlapping zones can be told apart.
        patches, _ = draw_shapes(
            ax, [shape], default_face="none", edgecolor=colour, linewidth=1.6, labels=False, zorder=2
        )
        for p in patches:
            p.set_linestyle("--")
            p.set_label(shape.short)
    if zone_shapes:
        ax.legend(loc="lower right", prop=cjk_font(8), frameon=True, framealpha=0.9)
    if parks is not None:
        draw_parks(ax, parks)
    minx, miny, maxx, maxy = layers.bounds
    pad = 0.02 * (maxx - minx)
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)
    if title:
        fig.suptitle(title, fontproperties=cjk_font(12))
    return fig
