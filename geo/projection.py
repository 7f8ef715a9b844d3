"""The one map projection of the atlas: Albers equal-area conic centred on Jilin.

Equal-area so that areas compare fairly on choropleth maps and in tests; standard parallels at 42°N
and 45°N bracket the province (40.9°N–46.3°N), so shape distortion stays well under 1 %. Every map,
brief and asset uses :data:`PROJ`. The forward/inverse formulas are written out here (Snyder 1987,
eqs. 14-3 to 14-21) so that the GUI's fast path can project park points without importing pyproj;
the tests check them against pyproj."""

from __future__ import annotations

import math

#: PROJ definition of the atlas projection (metres, WGS84 ellipsoid; coordinates are the provider's lon/lat).
PROJ = "+proj=aea +lat_0=43.5 +lon_0=126 +lat_1=42 +lat_2=45 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"

_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)
_LAT0, _LON0, _LAT1, _LAT2 = 43.5, 126.0, 42.0, 45.0


def _q(phi: float) -> float:
    s = math.sin(phi)
    return (1 - _E2) * (s / (1 - _E2 * s * s) - math.log((1 - _E * s) / (1 + _E * s)) / (2 * _E))


def _m(phi: float) -> float:
    s = math.sin(phi)
    return math.cos(phi) / math.sqrt(1 - _E2 * s * s)


_M1, _M2 = _m(math.radians(_LAT1)), _m(math.radians(_LAT2))
_Q1, _Q2 = _q(math.radians(_LAT1)), _q(math.radians(_LAT2))
_N = (_M1 * _M1 - _M2 * _M2) / (_Q2 - _Q1)
_C = _M1 * _M1 + _N * _Q1
_RHO0 = _A * math.sqrt(_C - _N * _q(math.radians(_LAT0))) / _N


def crs():
    """Return the atlas projection as a :class:`pyproj.CRS` (imports pyproj lazily).

    Returns
    -------
    pyproj.CRS
        The CRS built from :data:`PROJ`.
    """
    from pyproj import CRS

    return CRS.from_proj4(PROJ)


def _check_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return float(value)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Project one lon/lat point (degrees) to the atlas plane (metres).

    Parameters
    ----------
    lon, lat : float
        Longitude and latitude in degrees; latitude within [-90, 90].

    Returns
    -------
    tuple of float
        ``(x, y)`` in metres, y pointing north.

    Raises
    ------
    TypeError
        If a coordinate is not a number.
    ValueError
        If a coordinate is not finite or the latitude is out of range.
    """
    lon, lat = _check_number("lon", lon), _check_number("lat", lat)
    if not -90 <= lat <= 90:
        raise ValueError(f"lat must lie within [-90, 90], got {lat}")
    rho = _A * math.sqrt(_C - _N * _q(math.radians(lat))) / _N
    theta = _N * math.radians(lon - _LON0)
    return rho * math.sin(theta), _RHO0 - rho * math.cos(theta)


def unproject(x: float, y: float) -> tuple[float, float]:
    """Invert :func:`project`: atlas plane (metres) to lon/lat (degrees).

    Parameters
    ----------
    x, y : float
        Projected coordinates in metres.

    Returns
    -------
    tuple of float
        ``(lon, lat)`` in degrees.
    """
    x, y = _check_number("x", x), _check_number("y", y)
    rho = math.hypot(x, _RHO0 - y)
    theta = math.atan2(x, _RHO0 - y)
    q = (_C - (rho * _N / _A) ** 2) / _N
    phi = math.asin(max(-1.0, min(1.0, q / 2)))
    for _ in range(15):
        s = math.sin(phi)
        d = (
            (1 - _E2 * s * s) ** 2
            / (2 * math.cos(phi))
            * (q / (1 - _E2) - s / (1 - _E2 * s * s) + math.log((1 - _E * s) / (1 + _E * s)) / (2 * _E))
        )
        phi += d
        if abs(d) < 1e-12:
            break
    return _LON0 + math.degrees(theta / _N), math.degrees(phi)
