"""The Sinkronisasi page: the state, the outbox, the history, errors, and the Konflik list.

Nothing here is guessed: "waiting" is what the outbox holds, "sent" what the server
acknowledged with its outcome, and every refusal keeps its reason (USERS.md pain 3).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.sync_queries import (
    OutboxRow,
    RiwayatRow,
    daftar_outbox,
    ringkasan_sync,
    riwayat_sync,
)
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.sync.scheduler import SyncStatus
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.sync_bridge import SyncBridge
from ekinerja_desktop.views.common.table_model import SORT_ROLE, Column, RowTableModel
from ekinerja_desktop.views.sync.indicator import indicator_text, jam_lokal
from ekinerja_desktop.views.sync.konflik import KonflikPanel
from ekinerja_desktop.views.sync.labels import op_label, outcome_label, state_label

translate = QCoreApplication.translate


def outbox_columns() -> tuple[Column[OutboxRow], ...]:
    return (
        Column(translate("SyncPage", "No."), lambda r: r.client_seq, Qt.AlignmentFlag.AlignRight),
        Column(translate("SyncPage", "Perubahan"), lambda r: op_label(r.op)),
        Column(translate("SyncPage", "Isi"), lambda r: r.ringkasan, tooltip=True),
        Column(translate("SyncPage", "Disimpan di komputer"), lambda r: r.created_at),
        Column(translate("SyncPage", "Status"), lambda r: state_label(r.state)),
        Column(translate("SyncPage", "Percobaan"), lambda r: r.attempts),
        Column(translate("SyncPage", "Galat terakhir"), lambda r: r.last_error, tooltip=True),
    )


def riwayat_columns() -> tuple[Column[RiwayatRow], ...]:
    return (
        Column(translate("SyncPage", "Perubahan"), lambda r: op_label(r.op)),
        Column(translate("SyncPage", "Isi"), lambda r: r.ringkasan, tooltip=True),
        Column(translate("SyncPage", "Disimpan di komputer"), lambda r: r.created_at),
        Column(translate("SyncPage", "Diterima server"), lambda r: r.acked_at),
        Column(translate("SyncPage", "Hasil"), lambda r: outcome_label(r.outcome)),
        Column(
            translate("SyncPage", "Tanda terima"),
            lambda r: r.server_seq,
            tooltip=lambda r: translate("SyncPage", "Nomor urut perubahan di server: {n}").format(
                n=r.server_seq if r.server_seq is not None else "—"
            ),
        ),
    )


def _table(model: RowTableModel[OutboxRow] | RowTableModel[RiwayatRow], name: str) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SinkronisasiPage(Page):
    sign_in_requested = Signal()
    koneksi_requested = Signal()  # Pengaturan koneksi (proxy)

    def __init__(
        self,
        uow: UnitOfWork,
        changes: ChangeBridge,
        sync: SyncBridge | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_sinkronisasi")
        self.uow = uow
        self.sync = sync
        self._stale = False
        self._status: SyncStatus | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # a burst of commits → one reload
        self._refresh_timer.timeout.connect(self.refresh)
        changes.sig_changes_applied.connect(self._on_changes)
        if sync is not None:
            sync.sig_changes_applied.connect(self._on_changes)
            sync.sig_state_changed.connect(self._on_status)
            sync.sig_signed_in.connect(lambda _a: self.refresh())

        heading = QLabel(self.title())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("sync_state")
        self.state_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("sync_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("sync_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sync_button = QPushButton(self.tr("Sinkronkan sekarang"))
        self.sync_button.setObjectName("sinkronkan_sekarang")
        self.sync_button.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_button.setToolTip(self.tr("Kirim perubahan lalu ambil perubahan orang lain."))
        self.sync_button.clicked.connect(self.sync_now)
        self.sign_in_button = QPushButton(self.tr("Masuk…"))
        self.sign_in_button.setObjectName("masuk")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.koneksi_button = QPushButton(self.tr("Pengaturan &koneksi…"))
        self.koneksi_button.setObjectName("pengaturan_koneksi")
        self.koneksi_button.setToolTip(self.tr("Proxy: ikuti sistem, tanpa proxy, atau manual"))
        self.koneksi_button.clicked.connect(self.koneksi_requested)

        self.outbox = RowTableModel(outbox_columns(), self)
        self.riwayat = RowTableModel(riwayat_columns(), self)
        self.outbox_view = _table(self.outbox, "outbox_table")
        self.outbox_view.setAccessibleName(self.tr("Perubahan yang menunggu dikirim"))
        self.riwayat_view = _table(self.riwayat, "riwayat_table")
        self.riwayat_view.setAccessibleName(self.tr("Riwayat perubahan yang diterima server"))
        self.konflik = KonflikPanel(uow, on_resolved=self._resolved)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.outbox_view, "")
        self.tabs.addTab(self.konflik, "")
        self.tabs.addTab(self.riwayat_view, "")

        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(self.state_label)
        texts.addWidget(self.detail_label)
        texts.addWidget(self.error_label)
        top.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.koneksi_button)
        buttons.addStretch(1)
        self._buttons = buttons  # other features add theirs (`tambah_tombol`)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.aktor: Aktor | None = None
        self.refresh()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sinkronisasi")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        akun = self.sync.akun if self.sync is not None else None
        with self.uow.read() as session:
            ringkasan = ringkasan_sync(session, akun.nip if akun else None)
            outbox = daftar_outbox(session)
            riwayat = riwayat_sync(session)
        self.outbox.set_rows(outbox)
        self.riwayat.set_rows(riwayat)
        self.konflik.refresh()
        terbuka = ringkasan.konflik + ringkasan.ditolak
        self.tabs.setTabText(0, self.tr("Menunggu ({n})").format(n=len(outbox)))
        self.tabs.setTabText(1, self.tr("Konflik dan penolakan ({n})").format(n=terbuka))
        self.tabs.setTabText(2, self.tr("Riwayat ({n})").format(n=len(riwayat)))
        status = self._status or (self.sync.status if self.sync is not None else None)
        line = indicator_text(status, ringkasan, signed_in=akun is not None)
        self.state_label.setText(line.text)
        details = []
        if akun is not None:
            details.append(
                self.tr("Masuk sebagai {nama} (NIP {nip}) di {server}").format(
                    nama=akun.nama, nip=akun.nip, server=akun.server_url
                )
            )
        else:
            details.append(
                self.tr(
                    "Belum masuk ke server. Semua perubahan tersimpan di komputer ini dan "
                    "akan dikirim setelah Anda masuk."
                )
            )
        if ringkasan.last_push_at is not None:
            details.append(
                self.tr("Terakhir mengirim: {jam}").format(jam=jam_lokal(ringkasan.last_push_at))
            )
        if ringkasan.last_pull_at is not None:
            details.append(
                self.tr("Terakhir mengambil: {jam}").format(jam=jam_lokal(ringkasan.last_pull_at))
            )
        self.detail_label.setText(" · ".join(details))
        error = (status.last_error if status is not None else None) or ringkasan.last_error
        self.error_label.setText(
            self.tr("Galat terakhir: {galat}").format(galat=error) if error else ""
        )
        self.error_label.setVisible(bool(error))
        if line.tooltip and not error:
            self.error_label.setText(line.tooltip)
            self.error_label.setVisible(True)
        self.sync_button.setEnabled(akun is not None)
        self.sign_in_button.setText(self.tr("Masuk kembali…") if akun else self.tr("Masuk…"))

    def tambah_tombol(self, button: QPushButton) -> None:
        """A button of another feature below the page's own (e.g. Cadangkan sekarang)."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    # --- actions ------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.sync is not None and self.sync.sync_now():
            self.status_message.emit(self.tr("Sinkronisasi dimulai…"))

    def _resolved(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def show_konflik(self) -> None:
        self.tabs.setCurrentWidget(self.konflik)

    # --- updates ------------------------------------------------------------------------------

    def _on_status(self, status: SyncStatus) -> None:
        self._status = status
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
