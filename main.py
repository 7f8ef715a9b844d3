"""Jilin Industrial Policy Atlas — command line and desktop entry point (see README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class UsageError(Exception):
    """Bad input on the command line: the message is shown as is and the exit status is 2."""


def _export(args: argparse.Namespace) -> int:
    from policy.export import kb_to_json

    _check_output(args.output)
    kb = _knowledge_base(args.docs)
    text = kb_to_json(kb)
    if args.output:
        _write_atomically(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text + "\n")
    return 0


def _knowledge_base(docs=None):
    """Seeds, the user's library (read only; one that cannot be used is reported and left out) and --docs."""
    from policy.corpus import load_with_library

    kb, warnings = load_with_library(docs or (), read_only=True)
    for warning in warnings:
        print(f"jilin-atlas: warning: {warning}", file=sys.stderr)
    return kb


def _check_output(output: str | None) -> None:
    """Refuse a bad -o (a folder, a device, a missing folder) before any work is done."""
    if output:
        from policy.outputs import check_output

        check_output(output)


def _import(args: argparse.Namespace) -> int:
    """Import files and folders (walked recursively) into the library, one transaction for the batch.

    Files that cannot be read are refused with their reason (exit status 2) and the others are imported;
    Ctrl-C stops the batch and leaves the library as it was.
    """
    from policy.library.bulk import Cancelled, import_batch, summarise
    from policy.library.describe import describe
    from policy.library.store import open_library

    library = open_library(create=False)
    progress = _Progress()
    try:
        gathered, previews, result = import_batch(
            args.paths, library, on_read=progress.read, on_store=progress.store
        )
    except (KeyboardInterrupt, Cancelled):
        progress.done()
        raise UsageError("import stopped; nothing was imported, the library is as it was") from None
    progress.done()
    if result is not None:
        good = [p for p in previews if p.ok]
        for p, outcome in zip(good, result.outcomes, strict=True):
            print(describe(p, outcome))
    summary = summarise(previews, result, gathered)
    lines = summary.lines()
    print(f"{lines[0]}; library: {library.path}")
    if summary.refused:
        for line in lines[1:-1]:
            print(f"jilin-atlas: {line}", file=sys.stderr)
        others = (
            "the other files were imported; fix this one and import it again"
            if summary.imported or summary.present
            else "nothing was imported; fix the file and import it again"
        )
        raise UsageError(f"{lines[-1]} ({others})")
    return 0


class _Progress:
    """One progress line on stderr, rewritten in place on a terminal; silent when stderr is not one."""

    def __init__(self):
        self.live = sys.stderr.isatty()

    def read(self, done: int, total: int, path: str) -> bool:
        if self.live:
            print(f"\rreading {done}/{total} …", end="", file=sys.stderr, flush=True)
        return True

    def store(self, done: int, total: int) -> None:
        if self.live:
            print(f"\rstoring {done}/{total} …  ", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.live:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _write_atomically(path: Path, data: bytes) -> None:
    from policy.outputs import write_atomically

    write_atomically(path, data)


def _bench(args: argparse.Namespace) -> int:
    from bench.run import run_all

    _check_output(args.output)
    text = run_all()
    if args.output:
        _write_atomically(Path(args.output), text.encode("utf-8"))
    print(text)
    return 0


def _brief(args: argparse.Namespace) -> int:
    from briefs.content import UnknownRegionError, resolve_region
    from briefs.render import brief_pdf

    _check_output(args.output)
    kb = _knowledge_base(args.docs)
    try:
        region = resolve_region(kb, args.region)
    except UnknownRegionError as err:
        raise UsageError(str(err)) from None
    _write_atomically(Path(args.output), brief_pdf(kb, region.id, lang=args.lang))
    return 0


def _atlas(args: argparse.Namespace) -> int:
    from briefs.atlas import atlas_pdf

    _check_output(args.output)
    kb = _knowledge_base()
    _write_atomically(Path(args.output), atlas_pdf(kb, args.level, lang=args.lang))
    return 0


def _export_gis(args: argparse.Namespace) -> int:
    from geo.gis_export import output_paths, write_gis

    try:
        targets = sorted(set(output_paths(args.output).values()))
    except ValueError as err:
        raise UsageError(str(err)) from None
    for target in targets:
        _check_output(str(target))
    kb = _knowledge_base(args.docs)
    for path in write_gis(kb, args.output):
        print(path)
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    from gui.screenshot import screenshot_command

    return screenshot_command(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jilin-atlas", description="Jilin Industrial Policy Atlas (吉林产业政策地图)"
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), default=None, help="interface language (default: Chinese)"
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("export", help="write the knowledge base as JSON (schema jilin-atlas/kb@1)")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.add_argument("--docs", nargs="+", metavar="PATH", help="further .txt/.md documents for this run only")
    p.set_defaults(func=_export)

    p = sub.add_parser(
        "export-gis", help="write regions (designation counts per industry), zones and parks for a GIS"
    )
    p.add_argument("-o", "--output", required=True, help="FILE.gpkg (GeoPackage) or FILE.geojson")
    p.add_argument("--docs", nargs="+", metavar="PATH", help="further .txt/.md documents for this run only")
    p.set_defaults(func=_export_gis)

    p = sub.add_parser("import", help="add documents to your library (.txt, .md, .docx, text-layer PDF)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="document files; if any is bad, none is imported")
    p.set_defaults(func=_import)

    p = sub.add_parser("screenshot", help="render the main window offscreen and save it as PNG")
    p.add_argument("-o", "--output", required=True, help="PNG file to write")
    p.add_argument("--region", help="region to select (adcode, name or zone name)")
    p.add_argument("--industry", help="industry to filter by (name, alias or id)")
    p.add_argument("--size", help="window size WIDTHxHEIGHT (default 1440x900)")
    p.add_argument("--counties", action="store_true", help="show the county layer")
    p.set_defaults(func=_screenshot)

    p = sub.add_parser("brief", help="write a regional brief as PDF (A4)")
    p.add_argument("region", metavar="REGION", help="adcode, name (长春, 长春市) or zone name (吉西南)")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    p.add_argument("--docs", nargs="+", metavar="PATH", help="further .txt/.md documents for this run only")
    p.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of the brief (names stay as written)"
    )
    p.set_defaults(func=_brief)

    p = sub.add_parser("atlas", help="write an atlas of regional briefs as PDF (A4)")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    p.add_argument(
        "--level",
        choices=("prefecture", "zone", "all"),
        default="prefecture",
        help="one brief per prefecture (default), per zone, or both",
    )
    p.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of the atlas (names stay as written)"
    )
    p.set_defaults(func=_atlas)

    p = sub.add_parser("bench", help="run the benchmarks and print JSON")
    p.add_argument("-o", "--output", help="also write the JSON to this file")
    p.set_defaults(func=_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    from policy.text.errors import InputError

    _skip_collection_at_exit()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if func is None:
            from gui.app import run_app

            return run_app(args)
        return func(args)
    except (InputError, UsageError) as err:
        print(f"jilin-atlas: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: one line for the user, the traceback in a log file for us
        log = _log_traceback()
        print(f"jilin-atlas: internal error ({type(err).__name__}: {err}); details in {log}", file=sys.stderr)
        return 1


def _skip_collection_at_exit() -> None:
    """At exit, leave the objects still alive to the operating system instead of collecting them.

    Python's shutdown runs the cycle collector over everything the run built (the knowledge base, Qt's
    wrappers and enum types) several times: ~35 ms of a 0.4 s screenshot, for memory the process is about
    to give back. Frozen objects are skipped; those without cycles are still freed, and every output is
    written and closed before :func:`main` returns. (Registered once, however often main runs.)
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def _log_traceback() -> str:
    import tempfile
    import traceback

    path = Path(tempfile.gettempdir()) / "jilin-atlas-error.log"
    try:
        path.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        return "(could not write the log)"
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
