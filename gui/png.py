"""A window image as PNG bytes, written here rather than by Qt's PNG plugin.

Qt's writer runs libpng's row filters whatever the compression asked for: ~20 ms for a 1440 × 900 window at
zlib level 0, and a 3.9 MB file. Unfiltered rows through zlib at level 1 take ~11 ms and give ~0.3 MB for
the flat colours of a user interface. The pixels are the same; only the encoding differs.
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1  # zlib level: the fastest, and within a few per cent of the smallest for a window


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def png_bytes(image) -> bytes:
    """A QImage or QPixmap encoded as PNG (8-bit RGB, or RGBA when it has an alpha channel).

    Raises
    ------
    ValueError
        If the image is empty.
    """
    from PySide6.QtGui import QImage

    if not isinstance(image, QImage):
        image = image.toImage()
    if image.isNull():
        raise ValueError("the window image is empty")
    alpha = image.hasAlphaChannel()
    # Byte order R, G, B (, A) in memory on any machine, as PNG stores it.
    rgb = image.convertToFormat(QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    row = width * (4 if alpha else 3)
    bits = rgb.constBits()
    # Each row starts with its filter type, 0 (none); rows may be padded in memory, so copy each one into
    # place (slice assignment: no bytes object per row).
    raw = bytearray(height * (row + 1))
    out = memoryview(raw)
    for y in range(height):
        at = y * (row + 1) + 1
        out[at : at + row] = bits[y * stride : y * stride + row]
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [SIGNATURE, _chunk(b"IHDR", header)]
    dpm_x, dpm_y = image.dotsPerMeterX(), image.dotsPerMeterY()
    if dpm_x > 0 and dpm_y > 0:  # the resolution, as Qt's writer records it
        parts.append(_chunk(b"pHYs", struct.pack(">IIB", dpm_x, dpm_y, 1)))
    parts += [_chunk(b"IDAT", zlib.compress(raw, LEVEL)), _chunk(b"IEND", b"")]
    return b"".join(parts)
