"""The import preview dialog: what the parser made of each file, and the user's decision.

The dialog only shows previews (:func:`policy.library.importing.preview_files`) and collects a
decision; it never stores anything. The caller commits::

    decision = ImportDialog.ask(previews, parent)
    if decision is not None:
        result = commit_import(library, decision.previews, decision.edits)

Document text and file names are data, never markup: every widget here shows plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import shown, tr
from gui.text import join_names, plain_tooltip
from policy.library.importing import EDITABLE_FIELDS, ImportPreview, validate_edit

__all__ = ["ImportDecision", "ImportDialog"]

_COLUMNS = (
    *("文件", "状态", "标题", "日期", "文号", "条款数", "地区", "产业", "警告"),
    *("发文机关", "所涉地区", "类型"),
)
_FIELD_LABELS = {
    "title": "标题",
    "doc_number": "文号",
    "issuer": "发文机关",
    "date": "日期 (YYYY-MM-DD)",
    "doc_kind": "文件类型",
    "subject": "所涉地区",
}


@dataclass(frozen=True)
class ImportDecision:
    """What the user chose: the previews to import and metadata edits keyed by preview path."""

    previews: tuple[ImportPreview, ...]
    edits: dict[str, dict[str, str]] = field(default_factory=dict)


def _status_text(p: ImportPreview, names=None) -> str:
    if p.status == "error":
        return tr("无法导入")
    if p.status == "present":
        same = str((names or {}).get(p.same_as, p.same_as))
        earlier = " (earlier in this import)"  # policy.library.importing marks a repeat within the batch
        if same.endswith(earlier):
            same = tr("{file}（本次导入中较早的文件）").format(file=same[: -len(earlier)])
        return tr("已存在：") + same
    return tr("新文件")


def _parsed(p: ImportPreview, name: str) -> str:
    """The value the parser read, as the user sees and may correct it ("" when not stated)."""
    if p.document is None:
        return ""
    value = getattr(p.document, name)
    if value is None:
        return ""
    if name == "subject":
        return region_name(value)
    return str(value)


def _value(p: ImportPreview, name: str) -> str:
    if p.document is None:
        return ""
    if name == "subject" and p.document.subject is None and p.document.outside:
        return tr("吉林省外：") + p.document.outside
    return _parsed(p, name) or tr("未知")


def region_name(region_id: str) -> str:
    from policy.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return gaz.get(region_id).name if region_id in gaz else region_id


class ImportDialog(QDialog):
    """Preview of files to import; :meth:`decision` returns the choice after the dialog is accepted.

    Parameters
    ----------
    previews : sequence of ImportPreview
    parent : QWidget, optional
    """

    def __init__(self, previews, parent: QWidget | None = None, *, names=None):
        super().__init__(parent)
        self._names = dict(names or {})  # document id -> the name the user knows it by
        previews = tuple(previews)
        for p in previews:
            if not isinstance(p, ImportPreview):
                raise TypeError(f"ImportDialog needs ImportPreview items, not {type(p).__name__}")
        self._previews = previews
        self._edits: dict[str, dict[str, str]] = {p.path: {} for p in previews}
        self._problems: dict[tuple[str, str], str] = {}
        self._loading = False  # True while the editors are filled for the selected row
        self.setWindowTitle(tr("导入文件"))
        self.setObjectName("ImportDialog")
        self.resize(1100, 640)

        self.table = QTableWidget(len(previews), len(_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(c) for c in _COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, p in enumerate(previews):
            self._fill_row(row, p)
        self.table.resizeColumnsToContents()

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setObjectName("ImportDetails")
        self.editors: dict[str, QLineEdit] = {}
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        for name in EDITABLE_FIELDS:
            editor = QLineEdit(form_box)
            editor.setObjectName(f"edit_{name}")
            editor.textChanged.connect(lambda text, n=name: self._edited(n, text))
            self.editors[name] = editor
            form.addRow(tr(_FIELD_LABELS[name]), editor)
        self.problem = QLabel(form_box)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("ImportProblem")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.details)
        lower.addWidget(form_box)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemChanged.connect(self._update_summary)
        if previews:
            self.table.selectRow(0)
        self._update_summary()

    # -- building -------------------------------------------------------------------------------------
    def _fill_row(self, row: int, p: ImportPreview) -> None:
        cells = (
            p.file_name,
            _status_text(p, self._names),
            _value(p, "title"),
            _value(p, "date"),
            _value(p, "doc_number"),
            str(p.clause_count) if p.ok else "",
            join_names(p.regions),
            join_names(p.industries + p.unclassified),
            str(len(p.warnings)) if p.ok else (p.error or ""),
            _value(p, "issuer"),
            _value(p, "subject"),
            _value(p, "doc_kind"),
        )
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))
            if col == 0:
                checkable = p.status == "new"
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags if checkable else flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if checkable else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)

    def _describe(self, p: ImportPreview) -> str:
        if not p.ok:
            return p.error or ""
        doc = p.document
        lines = [f"{p.file_name} — {_status_text(p, self._names)}", f"{tr('读取方式')}: {p.encoding}"]
        for name in ("title", "doc_number", "issuer", "date", "doc_kind", "subject"):
            value = _parsed(p, name) or None
            reason = doc.unknown_reason(name)
            text = value if value is not None else f"{tr('未知')} ({shown(reason)})" if reason else tr("未知")
            if name == "date" and value and doc.date_words:
                text += f"  ← {doc.date_words}"
            if name == "subject" and value and doc.subject_words:
                text += f"  ← {doc.subject_words}"
            lines.append(f"{tr(_FIELD_LABELS[name])}: {text}")
        lines.append(f"{tr('条款数')}: {p.clause_count}")
        lines.append(f"{tr('地区')}: {join_names(p.regions) or tr('无')}")
        lines.append(f"{tr('产业')}: {join_names(p.industries) or tr('无')}")
        if p.unclassified:
            lines.append(f"{tr('未归类的产业用语')}: {join_names(p.unclassified)}")
        lines += [f"· {shown(n)}" for n in p.notes]
        lines += [f"⚠ {shown(w)}" for w in p.warnings]
        return "\n".join(lines)

    # -- interaction ----------------------------------------------------------------------------------
    def _selected(self) -> ImportPreview | None:
        rows = self.table.selectionModel().selectedRows()
        return self._previews[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        p = self._selected()
        self.details.setPlainText(self._describe(p) if p else "")
        editable = set(p.editable) if p is not None and p.status == "new" else set()
        self._loading = True
        for name, editor in self.editors.items():
            editor.setEnabled(name in editable)
            if p is None:
                editor.setText("")
                continue
            # What the parser read is shown; changing it is a correction that wins over the parse.
            editor.setText(self._edits[p.path].get(name, _parsed(p, name)))
            editor.setPlaceholderText(tr("文中未写明，可填写") if not _parsed(p, name) else "")
        self._loading = False
        self._show_problem()

    def _edited(self, name: str, text: str) -> None:
        p = self._selected()
        if self._loading or p is None or name not in p.editable:
            return
        if text.strip() == _parsed(p, name):
            self._edits[p.path].pop(name, None)  # back to what the parser read: no correction
        else:
            self._edits[p.path][name] = text
        problem = validate_edit(name, text) if name in self._edits[p.path] else None
        if problem:
            self._problems[(p.path, name)] = problem
        else:
            self._problems.pop((p.path, name), None)
        self._show_problem()
        self._update_summary()

    def _show_problem(self) -> None:
        self.problem.setText("\n".join(self._problems.values()))

    def _checked(self) -> list[ImportPreview]:
        out = []
        for row, p in enumerate(self._previews):
            item = self.table.item(row, 0)
            if p.status == "new" and item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(p)
        return out

    def _update_summary(self, *_args) -> None:
        chosen = self._checked()
        counts = {s: sum(p.status == s for p in self._previews) for s in ("new", "present", "error")}
        self.summary.setText(tr("新文件 {new} 个，已存在 {present} 个，无法导入 {error} 个").format(**counts))
        self.import_button.setText(tr("导入 {n} 个文件").format(n=len(chosen)))
        self.import_button.setEnabled(bool(chosen) and not self._problems_for(chosen))

    def _problems_for(self, chosen) -> list[str]:
        paths = {p.path for p in chosen}
        return [msg for (path, _), msg in self._problems.items() if path in paths]

    # -- result ----------------------------------------------------------------------------------------
    def decision(self) -> ImportDecision:
        """The previews the user chose (new files, checked) and their non-empty, valid edits."""
        chosen = self._checked()
        edits = {}
        for p in chosen:
            given = {
                k: v.strip()
                for k, v in self._edits[p.path].items()
                if v.strip() and k in p.editable and validate_edit(k, v) is None
            }
            if given:
                edits[p.path] = given
        return ImportDecision(tuple(chosen), edits)

    @classmethod
    def ask(cls, previews, parent: QWidget | None = None, *, names=None) -> ImportDecision | None:
        """Show the dialog modally; the decision, or None if the user cancelled.

        ``names`` maps document ids to the names shown for documents already there (never their ids).
        """
        dialog = cls(previews, parent, names=names)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.decision()
