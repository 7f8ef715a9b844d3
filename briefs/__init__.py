"""Regional briefs and atlases as A4 PDFs (QtGui only, charts included; no QtWidgets, runs headless).

API for callers (the CLI and the GUI's File menu)::

    from briefs.content import resolve_region, UnknownRegionError   # user input -> Region
    from briefs.render import render_brief, brief_pdf               # paint on QPdfWriter/QPrinter; PDF bytes
    from briefs.atlas import render_atlas, atlas_pdf                # same; progress(done, total) -> bool

Heavy modules (Qt) are imported by those modules, never by this package's ``__init__``.
"""
