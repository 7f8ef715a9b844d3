"""``python main.py screenshot``: render the main window offscreen in a given state and save it as PNG."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from policy.text.errors import InputError

DEFAULT_SIZE = (1440, 900)


def parse_size(text: str | None) -> tuple[int, int]:
    """``"1280x800"`` → (1280, 800).

    Raises
    ------
    InputError
        If the size is not WIDTHxHEIGHT within 640x400 … 7680x4320.
    """
    if text is None:
        return DEFAULT_SIZE
    m = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not m:
        raise InputError(f"--size {text!r}: give the size as WIDTHxHEIGHT in pixels, e.g. 1440x900")
    w, h = int(m.group(1)), int(m.group(2))
    if not (640 <= w <= 7680 and 400 <= h <= 4320):
        raise InputError(f"--size {text}: use a width of 640–7680 and a height of 400–4320 pixels")
    return w, h


def resolve_region(kb, name: str) -> str:
    """A region id for an adcode, a name with or without suffix, or a zone name; InputError otherwise."""
    gazetteer = kb.gazetteer
    region = gazetteer.lookup(name) if gazetteer is not None else None
    if region is None:
        for r in kb.regions:
            if name.strip() in (r.id, r.name, r.short, *r.aliases):
                region = r
                break
    if region is None:
        closest = gazetteer.closest(name) if gazetteer is not None else []
        hint = f" Closest names: {', '.join(closest)}." if closest else ""
        raise InputError(
            f"--region {name!r}: no such region or zone.{hint} Use a name such as 长春, 延边州 or 吉西南."
        )
    return region.id


def resolve_industry(kb, term: str) -> str:
    """An industry id for a name, English name, alias or id; InputError naming the closest otherwise."""
    key = term.strip()
    for ind in kb.industries:
        if key in (ind.id, ind.name, *ind.aliases) or key.lower() == ind.name_en.lower():
            return ind.id
    matches = [ind for ind in kb.industries if key and key in ind.name]
    if len(matches) == 1:
        return matches[0].id
    closest = closest_industries(kb, key)
    if closest:
        raise InputError(f"--industry {term!r}: no such industry. Closest names: {', '.join(closest)}.")
    roots = ", ".join(ind.name for ind in kb.industries if ind.parent is None)
    raise InputError(
        f"--industry {term!r}: no industry matches it or comes close. Top-level industries: {roots}; "
        "see `python main.py export` for the full list."
    )


def closest_industries(kb, term: str, limit: int = 5) -> list[str]:
    """Industry names close to ``term``: sharing at least half its characters, or spelled alike.

    Unrelated names are never offered just to fill the list; the result may be empty.
    """
    import difflib

    key = term.strip()
    chars = set(key)
    scored = []
    for ind in kb.industries:
        shared = len(chars & set(ind.name))
        ratio = max(
            difflib.SequenceMatcher(None, key.lower(), candidate.lower()).ratio()
            for candidate in (ind.name, ind.name_en, ind.id, *ind.aliases)
        )
        if (chars and 2 * shared >= len(chars)) or ratio >= 0.6:
            scored.append((-shared, -ratio, ind.name))
    return [name for *_, name in sorted(scored)][:limit]


def take_screenshot(
    output: str | Path,
    *,
    region: str | None = None,
    industry: str | None = None,
    size: str | None = None,
    language: str | None = None,
    counties: bool = False,
) -> Path:
    """Render the window offscreen with a region selected and/or an industry filtered, save it as PNG.

    Raises
    ------
    InputError
        For a bad size, an unknown region or industry, or an output path that cannot be written.
    """
    from policy.outputs import check_output, write_atomically

    output = Path(output)
    if output.suffix.lower() != ".png":
        raise InputError(f"{output}: the screenshot is a PNG image; give a file name ending in .png")
    check_output(output)  # a folder, a device or a missing folder is refused before any rendering
    width, height = parse_size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application, create_window, load_default_kb

    # The knowledge base before Qt: PySide's import hook reads the source of every module imported after
    # it (looking for "PySide6"), and the knowledge base's modules need no Qt.
    kb, notes = load_default_kb(read_only=True)  # a screenshot never writes the library
    for note in notes:
        print(f"jilin-atlas: warning: {note}", file=sys.stderr)
    app = application()
    region_id = resolve_region(kb, region) if region else None
    industry_id = resolve_industry(kb, industry) if industry else None
    window = create_window(kb, language=language or "zh", size=(width, height), notices=notes)
    window.show()
    if counties:
        window.counties_action.setChecked(True)
    if industry_id:
        window.state.set_industry(industry_id)
    if region_id:
        window.state.select((region_id,))
    for _ in range(3):
        app.processEvents()
    from gui.png import png_bytes

    data = png_bytes(_grab(window))
    window.close()
    # Our writer, not Qt's: the usual file mode, only regular files, one message when the disk is full.
    write_atomically(output, data)
    return output


def _grab(window):
    """The window as painted. Offscreen, that is the backing store the shown window was just painted into
    (a copy, ~5 ms); ``QWidget.grab`` would paint the whole window a second time (~45 ms)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() == "offscreen":
        pixmap = window.screen().grabWindow(window.winId())
        ratio = pixmap.devicePixelRatio()
        if not pixmap.isNull() and pixmap.size() == window.size() * ratio:
            return pixmap
    return window.grab()


def screenshot_command(args) -> int:
    """Handler of the ``screenshot`` subcommand."""
    path = take_screenshot(
        args.output,
        region=args.region,
        industry=args.industry,
        size=args.size,
        language=getattr(args, "lang", None),
        counties=getattr(args, "counties", False),
    )
    print(path)
    return 0
