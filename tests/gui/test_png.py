"""The screenshot's own PNG writer: what Qt reads back is the image written, pixel for pixel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from gui.png import png_bytes


def _picture(width: int, height: int, fmt: QImage.Format) -> QImage:
    image = QImage(width, height, fmt)
    image.fill(QColor(250, 248, 240, 255))
    painter = QPainter(image)
    painter.fillRect(1, 1, width // 2, height // 3, QColor(200, 30, 60, 255))
    painter.fillRect(0, height // 2, width, 2, QColor(10, 90, 200, 120))
    painter.end()
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    return image


def _read(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


# 7 pixels wide: RGB rows of 21 bytes are padded to 24 in memory, which must not reach the file.
@pytest.mark.parametrize("width", [7, 64])
def test_an_opaque_image_round_trips(qapp, width):
    image = _picture(width, 5, QImage.Format.Format_RGB32)
    back = _read(png_bytes(image))
    assert not back.hasAlphaChannel()
    assert back.convertToFormat(QImage.Format.Format_RGB32) == image
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (3780, 3780)


def test_an_image_with_alpha_keeps_it(qapp):
    image = _picture(9, 6, QImage.Format.Format_ARGB32)
    back = _read(png_bytes(image))
    assert back.hasAlphaChannel()
    assert back.convertToFormat(QImage.Format.Format_ARGB32) == image


def test_an_empty_image_is_refused(qapp):
    with pytest.raises(ValueError, match="empty"):
        png_bytes(QImage())
