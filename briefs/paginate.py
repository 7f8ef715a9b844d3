"""Paginating a QTextDocument at line boundaries and painting one page of it.

QTextDocument pushes a line that does not fit to the next page, but a paragraph split that way is still one
block, and Qt draws every block that touches the page (and, inside a block, the last line above the page):
clipped to the page it is invisible, but it stays in the PDF's text layer, so the words at a page break
came back twice from pdftotext. Here every block is split where a page break falls inside it, and a page
paints only the blocks (so only the lines) that lie on it.
"""

from __future__ import annotations

#: Blocks and lines that only touch a page's edge are not on the page (points).
EDGE = 0.5
LINE_SEPARATOR = "\u2028"  # what <br> becomes inside a QTextDocument block


def keep_together(doc, *, heading_room: float = 56.0, max_block: float) -> int:
    """Keep headings with what follows them and short boxed blocks (quotes) on one page.

    QTextDocument paginates line by line and has no keep-with-next: this adds a page break before a
    heading stranded at a page foot, and before a short table split by a page break (or before the
    heading that introduces it), then lays the document out again until nothing moves.

    Parameters
    ----------
    doc : QTextDocument
        Laid out with a page size.
    heading_room : float
        Room (points) a heading needs below it at a page foot; less moves it to the next page.
    max_block : float
        Tables (quotes) shorter than this are moved whole to the next page rather than split.

    Returns
    -------
    int
        The number of page breaks added.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat, QTextTable

    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()

    def break_before_block(block) -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(always)
        QTextCursor(block).setBlockFormat(fmt)

    def is_heading(block) -> bool:
        return block.isValid() and block.blockFormat().headingLevel() in (2, 3)

    def lead(block):
        """The first of the headings directly above ``block`` (一、… then its first h3 move together)."""
        while True:
            prev = block.previous()
            while prev.isValid() and not prev.text().strip() and not is_heading(prev):
                prev = prev.previous()
            if not is_heading(prev) or prev.blockFormat().pageBreakPolicy() & always:
                return block
            block = prev

    added = 0
    for _ in range(40):
        changed = False
        block = doc.begin()
        while block.isValid() and not changed:
            if is_heading(block) and not block.blockFormat().pageBreakPolicy() & always:
                rect = layout.blockBoundingRect(block)
                room = heading_room
                figure = block.next()
                if figure.isValid() and _holds_image(figure):  # a figure's heading needs the whole figure
                    room = max(room, min(layout.blockBoundingRect(figure).height(), 0.9 * page_h))
                if page_h - rect.bottom() % page_h < room and rect.top() % page_h > 1:
                    break_before_block(lead(block))
                    changed = True
            block = block.next()
        for frame in [] if changed else doc.rootFrame().childFrames():
            if not isinstance(frame, QTextTable):
                continue
            rect = layout.frameBoundingRect(frame)
            split = int(rect.top() // page_h) != int((rect.bottom() - 1) // page_h)
            if not split or rect.height() >= max_block or rect.top() % page_h < 1:
                continue
            before = doc.findBlock(frame.firstPosition() - 1)
            while before.isValid() and not before.text().strip() and not is_heading(before):
                before = before.previous()
            if is_heading(before) and not before.blockFormat().pageBreakPolicy() & always:
                break_before_block(lead(before))
            else:
                ff = frame.frameFormat()
                if ff.pageBreakPolicy() & always:
                    continue
                ff.setPageBreakPolicy(always)
                frame.setFrameFormat(ff)
            changed = True
            break
        if not changed:
            break
        added += 1
        # A format change re-lays out the document lazily; mark it all dirty so page counts are complete.
        doc.markContentsDirty(0, doc.characterCount())
    return added


def _holds_image(block) -> bool:
    """The block shows an image (a drawing placeholder: the timeline, the chart)."""
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().isImageFormat():
            return True
        it += 1
    return False


def relayout(doc) -> int:
    """Lay the whole document out again and return its page count.

    ``markContentsDirty`` re-lays out only some blocks (edited blocks kept stale lines); setting the page
    size starts a full layout.
    """
    doc.setPageSize(doc.pageSize())
    return doc.pageCount()


def _page_splits(doc) -> list[tuple[int, object]]:
    """(document position, block) of every line that starts a new page inside its block."""
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()
    out = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        if lines is not None and lines.lineCount() > 1:
            top = layout.blockBoundingRect(block).top()
            page = int((top + lines.lineAt(0).y() + EDGE) // page_h)
            for i in range(1, lines.lineCount()):
                line = lines.lineAt(i)
                line_page = int((top + line.y() + EDGE) // page_h)
                if line_page != page:
                    out.append((block.position() + line.textStart(), block))
                    page = line_page
        block = block.next()
    return out


def split_at_pages(doc) -> int:
    """Split every block that a page break runs through into one block per page; return the count.

    The split happens where Qt's layout already started a new page, between two lines, so nothing moves:
    the later part gets no top margin and the earlier no bottom margin. Tables' cell blocks are split too.

    Raises
    ------
    ValueError
        If the document has no page size (it is not paginated).
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    if doc.pageSize().height() <= 0:
        raise ValueError("the document has no page size; paginate it first (setPageSize)")
    splits = 0
    for _ in range(20):
        found = _page_splits(doc)
        if not found:
            break
        # From the end, so the positions found before the edits stay valid.
        for position, block in sorted(found, key=lambda f: f[0], reverse=True):
            fmt = block.blockFormat()
            rest = QTextBlockFormat(fmt)
            rest.setTopMargin(0)
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            if doc.characterAt(position - 1) == LINE_SEPARATOR:
                # A <br> before the break: the new block replaces it (kept, it would end the first part
                # with an empty line that lands on the next page and asks for another split).
                cursor.setPosition(position - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            cursor.insertBlock(rest)
            fmt.setBottomMargin(0)
            QTextCursor(block).setBlockFormat(fmt)
        splits += len(found)
        relayout(doc)
    return splits


def paint_document_page(painter, doc, index: int, *, left: float, top: float) -> None:
    """Paint page ``index`` (0-based) of a paginated document with its top-left corner at (left, top).

    Only blocks lying on the page are drawn (see :func:`split_at_pages`); the painter is also clipped to
    the page so backgrounds of a table split by the break stay on their page.
    """
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QAbstractTextDocumentLayout

    h, w = doc.pageSize().height(), doc.pageSize().width()
    painter.save()
    painter.translate(left, top - index * h)
    painter.setClipRect(QRectF(0, index * h, w, h))
    context = QAbstractTextDocumentLayout.PaintContext()
    # The context's clip decides what is drawn: inset so a block ending exactly at the break is not.
    context.clip = QRectF(0, index * h + EDGE, w, h - 2 * EDGE)
    doc.documentLayout().draw(painter, context)
    painter.restore()
