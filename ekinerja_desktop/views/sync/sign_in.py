"""The sign-in dialog: NIP and password, clear Indonesian errors, and a way to work offline.

Signing in needs the server once; afterwards the token in the keyring keeps sync going and no
network is needed to open the app. Offline, "Bekerja luring" opens the last signed-in user's
local data (USERS.md pain 8). Where the computer has no keyring, the dialog says so. Behind an
office proxy, "Pengaturan koneksi…" sets it before signing in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.sync.service import Akun
from ekinerja_desktop.views.common.sync_bridge import SyncBridge


class SignInDialog(QDialog):
    """Accepted after a successful sign-in (`akun`), or with `offline` set by "Bekerja luring"."""

    koneksi_requested = Signal()  # Pengaturan koneksi (proxy), opened over this dialog

    def __init__(
        self,
        bridge: SyncBridge,
        server_url: str,
        *,
        last: Akun | None = None,
        keyring_message: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Masuk ke e-Kinerja"))
        self.bridge = bridge
        self.akun: Akun | None = None
        self.offline = False

        intro = QLabel(
            self.tr(
                "Masuk sekali saat terhubung ke internet. Setelah itu aplikasi tetap dapat "
                "dipakai tanpa internet; perubahan dikirim saat koneksi kembali."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url)
        self.server.setObjectName("server_url")
        self.server.setAccessibleName(self.tr("Alamat server"))
        self.nip = QLineEdit(last.nip if last else "")
        self.nip.setObjectName("nip")
        self.nip.setAccessibleName(self.tr("NIP"))
        self.nip.setPlaceholderText(self.tr("18 digit, tanpa spasi"))
        self.nip.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(self.tr("Kata sandi"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&NIP:"), self.nip)
        form.addRow(self.tr("Kata &sandi:"), self.password)

        self.keyring_note = QLabel(keyring_message or "")
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #8a5300;")
        self.keyring_note.setVisible(bool(keyring_message))
        self.error = QLabel()
        self.error.setObjectName("sign_in_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.busy = QLabel(self.tr("Menghubungi server…"))
        self.busy.setObjectName("sign_in_busy")
        self.busy.hide()
        self.koneksi_button = QPushButton(self.tr("Pengaturan &koneksi (proxy)…"))
        self.koneksi_button.setObjectName("pengaturan_koneksi")
        self.koneksi_button.clicked.connect(self.koneksi_requested)
        koneksi = QHBoxLayout()
        koneksi.addWidget(self.koneksi_button)
        koneksi.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("&Masuk"))
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button: QPushButton | None = None
        if last is not None:
            self.offline_button = QPushButton(self.tr("Bekerja &luring"))
            self.offline_button.setObjectName("offline_button")
            self.offline_button.setToolTip(
                self.tr("Buka data {nama} di komputer ini tanpa masuk ke server.").format(
                    nama=last.nama
                )
            )
            self.buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.offline_button.clicked.connect(self._work_offline)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Batal"))
        self.sign_in_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        bridge.sig_signed_in.connect(self._signed_in)
        bridge.sig_sign_in_failed.connect(self._failed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(koneksi)
        layout.addWidget(self.buttons)
        (self.password if last else self.nip).setFocus()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        nip = "".join(self.nip.text().split())
        password = self.password.text()
        server = self.server.text().strip()
        if not server:
            self._failed(self.tr("Isi alamat server (tanyakan ke admin instansi)."))
            return
        if not nip.isdigit():
            self._failed(self.tr("NIP hanya berisi angka."))
            return
        if not password:
            self._failed(self.tr("Isi kata sandi."))
            return
        self._set_busy(True)
        self.bridge.sign_in(server, nip, password)

    def _signed_in(self, akun: Akun) -> None:
        if not self.isVisible():
            return
        self._set_busy(False)
        self.akun = akun
        self.password.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()

    def _work_offline(self) -> None:
        self.offline = True
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.error.hide()
        for widget in (self.server, self.nip, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
