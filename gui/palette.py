"""Map colours: sequential ColorBrewer palettes (no matplotlib on the start-up path)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

# ColorBrewer YlGnBu (counts of industries) and Oranges (an industry filter), light to dark.
COUNT_COLOURS = ("#ccebc5", "#a8ddb5", "#7bccc4", "#43a2ca", "#0868ac")
FILTER_COLOURS = ("#fdd49e", "#fc8d59", "#d7301f", "#7f0000")
NO_DATA = "#eeeeee"
SELECTED = "#e6550d"
COMPARED = "#1a1a1a"  # black: unlike every zone outline and fill, drawn under the zone lines
HIGHLIGHT = "#c51b8a"
ZONE_COLOURS = ("#1b7837", "#762a83", "#b35806", "#2166ac", "#8c510a")
PROVINCE_BAND = "#5a5a5a"
BAND_WIDTH = 9.0  # pixels: the band marking a zone (or the province) designated the filtered industry
BAND_ALPHA = 110


def band_colour(colour: str) -> QColor:
    """The translucent band colour of a zone outline colour."""
    c = QColor(colour)
    c.setAlpha(BAND_ALPHA)
    return c


@dataclass(frozen=True)
class Bin:
    """One legend class: values ``lo``..``hi`` (inclusive) drawn in ``colour``."""

    lo: int
    hi: int
    colour: str


def count_bins(max_value: int, colours=COUNT_COLOURS) -> tuple[Bin, ...]:
    """Equal-width integer classes from 1 to ``max_value`` (0 is its own "none" class, not a bin).

    Parameters
    ----------
    max_value : int
        The largest value on the map; at most ``len(colours)`` classes, never empty ones.
    """
    if not isinstance(max_value, int) or isinstance(max_value, bool):
        raise TypeError(f"max_value must be an int, got {type(max_value).__name__}")
    if max_value < 1:
        return ()
    k = min(len(colours), max_value)
    bins = []
    lo = 1
    for i in range(k):
        hi = round(max_value * (i + 1) / k)
        if hi < lo:
            continue
        # Spread the classes over the whole palette so the darkest colour always means "the most".
        colour = colours[round(i * (len(colours) - 1) / (k - 1))] if k > 1 else colours[-1]
        bins.append(Bin(lo, hi, colour))
        lo = hi + 1
    return tuple(bins)


def colour_for(value: int, bins: tuple[Bin, ...]) -> QColor:
    """The colour of ``value`` (0 or below the first class: the no-data grey)."""
    for b in bins:
        if b.lo <= value <= b.hi:
            return QColor(b.colour)
    return QColor(NO_DATA) if value <= 0 or not bins else QColor(bins[-1].colour)
