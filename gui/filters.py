"""Left-hand filters: the industry taxonomy (checkable, with region counts) and the documents in view."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.detail_html import industry_name
from gui.i18n import shown, tr
from gui.text import join_names, plain_tooltip
from gui.viewmodel import AtlasView, document_label, document_sort_key

_FIELD_NAMES = {"title": "标题", "doc_number": "文号", "issuer": "发文机关", "date": "日期", "year": "年份"}


class IndustryTreeModel(QAbstractItemModel):
    """The two-level taxonomy as a tree: name and number of map regions designated it.

    Checking an industry adds it to the filter, unchecking takes it out; several combine by the state's
    match ("any" or "all").
    """

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        industries = view.kb.industries
        ids = {i.id for i in industries}
        self._children: dict[str | None, list[str]] = {}
        for ind in industries:
            parent_id = ind.parent if ind.parent in ids else None
            self._children.setdefault(parent_id, []).append(ind.id)
        self._ids = [i.id for i in industries]
        self._pos = {iid: n for n, iid in enumerate(self._ids)}
        self._parent = {i.id: (i.parent if i.parent in ids else None) for i in industries}
        self.counts: dict[str, int] = {}
        self._checked: tuple[str, ...] = state.industry_filter
        self.refresh_counts()
        state.documentsChanged.connect(self.refresh_counts)
        state.industryChanged.connect(self._industry_changed)
        state.viewChanged.connect(self.set_view)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every industry id of the tree."""
        return tuple(self._ids)

    def set_view(self, view: AtlasView) -> None:
        """A new knowledge base (same taxonomy): only the counts change."""
        self.view = view
        self.refresh_counts()

    def refresh_counts(self, *_args) -> None:
        before = {i: (self.counts.get(i, 0), getattr(self, "broad_counts", {}).get(i, 0)) for i in self._ids}
        prefectures = [r.id for r in self.view.kb.regions if r.level == "prefecture"]
        self.counts = self.view.region_count_by_industry(prefectures, self.state.documents)
        # Zones and the province are designated industries too, though no single polygon shows them.
        self.broad_counts = self.view.region_count_by_industry(
            self.view.broad_regions, self.state.documents, own=True
        )
        # Only the counts column of rows whose count changed (the time control moves them every step).
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
        for iid in self._ids:
            if before[iid] != (self.counts.get(iid, 0), self.broad_counts.get(iid, 0)):
                index = self.index_of(iid, 1)
                self.dataChanged.emit(index, index, roles)

    def _industry_changed(self, *_args) -> None:
        # Only the check boxes of the old and the new filter change.
        for iid in set(self._checked) ^ set(self.state.industry_filter):
            index = self.index_of(iid)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self._checked = self.state.industry_filter

    def industry_of(self, index) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    def index_of(self, industry_id: str, column: int = 0) -> QModelIndex:
        parent = self._parent.get(industry_id)
        siblings = self._children.get(parent, [])
        if industry_id not in siblings:
            return QModelIndex()
        return self.createIndex(siblings.index(industry_id), column, self._pos[industry_id])

    def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt signature
        key = self.industry_of(parent) if parent.isValid() else None
        children = self._children.get(key, [])
        if not (0 <= column < 2 and 0 <= row < len(children)):
            return QModelIndex()
        return self.createIndex(row, column, self._pos[children[row]])

    def parent(self, index=QModelIndex()):  # noqa: B008 - Qt signature
        if not isinstance(index, (QModelIndex, QPersistentModelIndex)) or not index.isValid():
            return QModelIndex()
        parent = self._parent.get(self.industry_of(index))
        return self.index_of(parent) if parent else QModelIndex()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.industry_of(parent) if parent.isValid() else None, []))

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt override
        return 2

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        iid = self.industry_of(index)
        if iid is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return industry_name(self.view, iid)
            n, broad = self.counts.get(iid, 0), self.broad_counts.get(iid, 0)
            if not broad:
                return str(n)
            # "3 (+1 zone)" in English (singular and plural apart); "3 (+1)" in Chinese, as the header says.
            return (tr("{n} (+1)") if broad == 1 else tr("{n} (+{z})")).format(n=n, z=broad)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if iid in self.state.industry_filter else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            ind = self.view.kb.industry(iid)
            n = self.counts.get(iid, 0)
            lines = [f"{ind.name} / {ind.name_en}", tr("{n} 个地级地区有此产业指定").format(n=n)]
            broad = self.view.broad_regions_with(iid, self.state.documents)
            if broad:
                names = join_names(self.view.name(r) for r in broad)
                lines.append(
                    tr("另有 {z} 个复合区域或全省整体有此指定：{names}").format(z=len(broad), names=names)
                )
            return plain_tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        iid = self.industry_of(index)
        if checked != (iid in self.state.industry_filter):
            self.state.toggle_industry(iid)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("产业") if section == 0 else tr("地区数")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return tr("有此指定的地级地区数；“(+n)”：另有 n 个复合区域或全省整体有此指定")
        return None


class IndustryPanel(QWidget):
    """The taxonomy tree (ticks add industries to the filter), what is active, any / all, and clear."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.state, self.view = state, view
        self.model = IndustryTreeModel(view, state, self)
        # Which industries filter the map now: a read-only line (plain text; its size never follows its
        # text, so a new filter does not lay out the whole pane again).
        self.active = QLineEdit()
        self.active.setReadOnly(True)
        self.active.setFrame(False)
        self.active.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.active.setStyleSheet("QLineEdit { background: transparent; }")
        self.match = QComboBox()
        self.match.addItems(["", ""])
        self.match.currentIndexChanged.connect(
            lambda i: self.state.set_industry_match("all" if i == 1 else "any")
        )
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(lambda: self.state.set_industries(()))
        bar = QHBoxLayout()  # the active industries on a line of their own, then any / all and clear
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.match)
        bar.addWidget(self.clear_button)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)  # two levels: a narrow indent leaves the names room
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The count column is sized once per language from its widest text, not measured on every change.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.active)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        state.industryChanged.connect(self._show_active)
        state.viewChanged.connect(self._set_view)
        self.retranslate()  # the controls are worded there, as every pane's

    def _set_view(self, view: AtlasView) -> None:
        self.view = view

    def _show_active(self, *_args) -> None:
        from gui.map_colours import filter_label

        label = filter_label(self.view, self.state)
        several = len(self.state.industry_filter) > 1
        text = tr("筛选：{industries}").format(industries=label) if label else tr("未筛选产业")
        self.active.setText(text)
        self.active.setCursorPosition(0)
        self.active.setToolTip(plain_tooltip(text))
        self.match.setEnabled(several)
        self.match.blockSignals(True)
        self.match.setCurrentIndex(1 if self.state.industry_match == "all" else 0)
        self.match.blockSignals(False)
        self.clear_button.setEnabled(label is not None)

    def _size_count_column(self) -> None:
        """The count column as wide as its widest text (header included); the names get the rest."""
        fm = self.tree.fontMetrics()
        texts = [self.model.headerData(1, Qt.Orientation.Horizontal)]
        texts += [self.model.data(self.model.index_of(i, 1)) for i in self.model.ids]
        self.tree.header().resizeSection(1, max(fm.horizontalAdvance(t or "") for t in texts) + 12)

    def retranslate(self) -> None:
        self.model.refresh_counts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._size_count_column()
        self.match.setItemText(0, tr("任一"))
        self.match.setItemText(1, tr("全部"))
        self.match.setToolTip(tr("任一：地区有所选产业之一即着色；全部：地区须有所选的每一个产业"))
        self.clear_button.setText(tr("清除"))
        self.clear_button.setToolTip(tr("清除产业筛选"))
        self._show_active()


def document_origin(doc) -> list[tuple[str, str | None]]:
    """(label, value) rows of where a document comes from: issuer, subject, kind, how the date was read."""
    from policy.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if doc.subject in gaz:
        subject = gaz.get(doc.subject).name
    else:
        subject = tr("吉林省外：") + doc.outside if doc.outside else None
    basis = {
        "signing": tr("成文日期行"),
        "meeting": tr("会议日期行"),
        "speaker": tr("报告人日期"),
        "title": tr("标题"),
    }
    return [
        (tr("发文机关"), doc.issuer),
        (tr("所涉地区"), subject),
        (tr("文件类型"), doc.doc_kind),
        (tr("日期来源"), basis.get(doc.date_basis)),
    ]


class DocumentList(QListWidget):
    """Checkable list of documents with their years; unchecked documents' designations are hidden."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.docs = sorted(view.kb.documents, key=document_sort_key)
        self._filling = False
        self.itemChanged.connect(self._changed)
        state.documentsChanged.connect(self._sync)
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        """List the documents of a new knowledge base."""
        self.view = view
        self.docs = sorted(view.kb.documents, key=document_sort_key)
        self.retranslate()

    def selected_document(self):
        """The document of the list's current row, or None."""
        item = self.currentItem()
        return self.view.kb.document(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def document_at(self, pos):
        """The document under a point of the viewport, or None."""
        item = self.itemAt(pos)
        return self.view.kb.document(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def retranslate(self) -> None:
        self._filling = True
        self.clear()
        for d in self.docs:
            label = document_label(d, unknown_year=tr("年份不详"))
            if d.source == "library":
                label += tr("（文档库）")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = d.id in self.state.documents
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            tip = [d.title or tr("（标题不详）"), d.doc_number or tr("文号不详"), d.date or tr("日期不详")]
            tip += [f"{label}: {value}" for label, value in document_origin(d) if value]
            tip += [f"{tr(_FIELD_NAMES.get(name, name))}: {shown(reason)}" for name, reason in d.unknown]
            source = {"seed": tr("内置文件"), "library": tr("文档库（已导入）"), "path": tr("本次运行载入")}
            tip.append(tr("来源：{source}").format(source=source.get(d.source, d.source)))
            item.setToolTip(plain_tooltip("\n".join(tip)))
            self.addItem(item)
        self._filling = False

    def _changed(self, _item) -> None:
        if self._filling:
            return
        checked = {
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        }
        self.state.set_documents(checked)

    def _sync(self, docs) -> None:
        self._filling = True
        for i in range(self.count()):
            item = self.item(i)
            want = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in docs
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != want:
                item.setCheckState(want)
        self._filling = False
