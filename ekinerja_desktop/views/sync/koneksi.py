"""Pengaturan koneksi: how the app reaches the server (USERS.md: e-Faktur's in-app proxy
setting, kept). Three choices: the system's proxy (the default), no proxy, or a proxy typed in
with an optional user name and password. The password goes to the OS keyring, never into the
settings file. "Uji koneksi" asks the server's /healthz through the proxy as filled in, off the
GUI thread, and says plainly what happened. A saved choice applies from the next sync request,
without a restart.

Reached from the Sinkronisasi page and from the sign-in dialog (`SyncWiring` opens it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.secrets import TokenStore
from ekinerja_desktop.settings import (
    ModeProxy,
    ProxySetting,
    SalahUrlProxy,
    Settings,
    kesalahan_url_proxy,
    rapikan_url_proxy,
)
from ekinerja_desktop.sync.uji_koneksi import HasilUji, proxy_sistem, uji_koneksi
from ekinerja_desktop.views.common.tasks import jalankan_di_latar

translate = QCoreApplication.translate

STYLE = {
    "ok": "QLabel { background: #e6f4ea; color: #14532d; border: 1px solid #a7d7b5;"
    " border-radius: 3px; padding: 6px 8px; }",
    "salah": "QLabel { background: #fde8e8; color: #7f1d1d; border: 1px solid #f5b5b5;"
    " border-radius: 3px; padding: 6px 8px; }",
}
STYLE_SALAH_ISIAN = "QLabel { color: #9b1c1c; }"


def pesan_url(salah: SalahUrlProxy) -> str:
    """What is wrong with the proxy address, in the user's language."""
    teks = {
        "kosong": translate("Koneksi", "Isi alamat proxy, mis. http://proxy.kantor.go.id:8080."),
        "skema": translate(
            "Koneksi", "Hanya proxy HTTP atau HTTPS: awali alamat dengan http:// atau https://."
        ),
        "kredensial": translate(
            "Koneksi",
            "Tulis nama pengguna dan kata sandi di kolomnya sendiri, bukan di alamat proxy.",
        ),
        "host": translate("Koneksi", "Alamat proxy belum berisi nama host atau alamat IP."),
        "tanpa_port": translate("Koneksi", "Tambahkan nomor port setelah titik dua, mis. :8080."),
        "port": translate("Koneksi", "Nomor port tidak valid: tulis angka 1–65535, mis. :8080."),
        "path": translate(
            "Koneksi", "Alamat proxy hanya berisi host dan port, mis. http://10.1.1.1:3128."
        ),
    }
    return teks[salah]


def pesan_uji(hasil: HasilUji) -> str:
    """What the connection test found, said plainly (with the technical detail after it)."""
    melalui = hasil.melalui or ""
    teks = {
        "ok": translate("Koneksi", "Berhasil: server e-Kinerja menjawab melalui proxy {proxy}.")
        if melalui
        else translate("Koneksi", "Berhasil: server e-Kinerja menjawab langsung, tanpa proxy."),
        "proxy_ditolak": translate(
            "Koneksi",
            "Proxy {proxy} menolak permintaan. Periksa nama pengguna dan kata sandi proxy, atau "
            "tanyakan ke pengelola jaringan kantor apakah alamat server diizinkan.",
        ),
        "proxy_tak_terjangkau": translate(
            "Koneksi",
            "Proxy {proxy} tidak menjawab. Periksa alamat dan port proxy, atau pilih Ikuti "
            "pengaturan sistem.",
        ),
        "server_tak_terjangkau": translate(
            "Koneksi",
            "Server tidak dapat dihubungi melalui proxy {proxy}. Periksa alamat server, atau "
            "coba lagi nanti.",
        )
        if melalui
        else translate(
            "Koneksi",
            "Server tidak dapat dihubungi. Periksa koneksi internet dan alamat server; bila "
            "kantor memakai proxy, pilih Ikuti pengaturan sistem atau isi proxy-nya.",
        ),
        "server_bermasalah": translate(
            "Koneksi",
            "Ada jawaban, tetapi bukan dari server e-Kinerja yang siap: mungkin halaman masuk "
            "Wi-Fi atau proxy, atau server sedang bermasalah.",
        ),
        "sertifikat": translate(
            "Koneksi",
            "Sertifikat keamanan server tidak dipercaya komputer ini. Bila kantor memeriksa "
            "lalu lintas HTTPS, minta pengelola jaringan memasang sertifikat kantor di sistem "
            "operasi.",
        ),
        "alamat_salah": translate("Koneksi", "Alamat server tidak dapat dipakai."),
    }[hasil.kode].format(proxy=melalui)
    if hasil.rincian and hasil.kode != "ok":
        teks += " " + translate("Koneksi", "(Rincian: {rincian})").format(rincian=hasil.rincian)
    return teks


class KoneksiDialog(QDialog):
    """The choice and, for a manual proxy, its address, user name and password. Accepted only
    with a usable address; `hasil()` is the choice and the new password (None: unchanged)."""

    def __init__(
        self,
        proxy: ProxySetting,
        server_url: str,
        *,
        ada_sandi: bool = False,
        uji: Callable[[str, ProxySetting], HasilUji] = uji_koneksi,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_koneksi")
        self.setWindowTitle(self.tr("Pengaturan Koneksi"))
        self.server_url = server_url.strip()
        self._uji = uji
        self._sandi_lama = proxy.sandi
        #: The address was left once, or Simpan / Uji pressed: its error shows as it is typed.
        self._url_disentuh = False
        self.terakhir: HasilUji | None = None
        intro = QLabel(
            self.tr(
                "Cara aplikasi menghubungi server e-Kinerja. Perubahan berlaku mulai "
                "sinkronisasi berikutnya, tanpa membuka ulang aplikasi."
            )
        )
        intro.setWordWrap(True)
        self.sistem = QRadioButton(self.tr("&Ikuti pengaturan sistem (disarankan)"))
        self.sistem.setObjectName("proxy_sistem")
        self.info_sistem = QLabel(self._teks_sistem())
        self.info_sistem.setObjectName("info_proxy_sistem")
        self.info_sistem.setWordWrap(True)
        self.info_sistem.setIndent(22)
        self.tanpa = QRadioButton(self.tr("&Tanpa proxy (langsung ke server)"))
        self.tanpa.setObjectName("proxy_tanpa")
        self.manual = QRadioButton(self.tr("Proxy &manual"))
        self.manual.setObjectName("proxy_manual")
        self.pilihan = QButtonGroup(self)
        for tombol in (self.sistem, self.tanpa, self.manual):
            self.pilihan.addButton(tombol)
        {"sistem": self.sistem, "tanpa": self.tanpa, "manual": self.manual}[proxy.mode].setChecked(
            True
        )
        self.kotak_manual = self._isian_manual(proxy, ada_sandi)
        self.server = QLabel()
        self.server.setObjectName("server_uji")
        self.server.setWordWrap(True)
        self.uji_button = QPushButton(self.tr("&Uji koneksi"))
        self.uji_button.setObjectName("uji_koneksi")
        self.uji_button.setToolTip(self.tr("Hubungi server sekarang dengan pengaturan di atas"))
        self.uji_button.clicked.connect(self.uji)
        self.hasil_uji = QLabel()
        self.hasil_uji.setObjectName("hasil_uji")
        self.hasil_uji.setWordWrap(True)
        self.hasil_uji.setTextFormat(Qt.TextFormat.PlainText)
        self.hasil_uji.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hasil_uji.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._susun(intro)
        self.pilihan.buttonToggled.connect(lambda *_: self._mode_berubah())
        self._mode_berubah()
        self.setMinimumWidth(500)

    def _isian_manual(self, proxy: ProxySetting, ada_sandi: bool) -> QWidget:
        """The manual proxy's fields, indented under its choice."""
        kotak = QWidget()
        self.url = QLineEdit(proxy.url)
        self.url.setObjectName("url_proxy")
        self.url.setAccessibleName(self.tr("Alamat proxy"))
        self.url.setPlaceholderText(self.tr("http://proxy.kantor.go.id:8080"))
        self.url.textChanged.connect(lambda _t: self._periksa_url())
        self.url.editingFinished.connect(self._url_ditinggalkan)
        self.salah_url = QLabel()
        self.salah_url.setObjectName("salah_url_proxy")
        self.salah_url.setWordWrap(True)
        self.salah_url.setStyleSheet(STYLE_SALAH_ISIAN)
        self.salah_url.hide()
        self.pengguna = QLineEdit(proxy.pengguna)
        self.pengguna.setObjectName("pengguna_proxy")
        self.pengguna.setAccessibleName(self.tr("Nama pengguna proxy"))
        self.pengguna.setPlaceholderText(self.tr("kosongkan bila proxy tanpa nama pengguna"))
        self.sandi = QLineEdit()
        self.sandi.setObjectName("sandi_proxy")
        self.sandi.setAccessibleName(self.tr("Kata sandi proxy"))
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        if ada_sandi:
            self.sandi.setPlaceholderText(self.tr("tersimpan; isi untuk menggantinya"))
        alamat = QWidget()
        susun_alamat = QVBoxLayout(alamat)
        susun_alamat.setContentsMargins(0, 0, 0, 0)
        susun_alamat.setSpacing(2)
        susun_alamat.addWidget(self.url)
        susun_alamat.addWidget(self.salah_url)
        form = QFormLayout(kotak)
        form.setContentsMargins(22, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("&Alamat:"), alamat),
            (self.tr("&Nama pengguna:"), self.pengguna),
            (self.tr("&Kata sandi:"), self.sandi),
        ):
            judul = QLabel(label)
            judul.setBuddy(self.url if widget is alamat else widget)
            form.addRow(judul, widget)
        catatan = QLabel(
            self.tr(
                "Kata sandi disimpan di penyimpanan kunci sistem operasi, tidak di berkas "
                "pengaturan."
            )
        )
        catatan.setWordWrap(True)
        form.addRow(catatan)
        return kotak

    def _susun(self, intro: QLabel) -> None:
        uji = QHBoxLayout()
        uji.addWidget(self.server, 1)
        uji.addWidget(self.uji_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sistem)
        layout.addWidget(self.info_sistem)
        layout.addWidget(self.tanpa)
        layout.addWidget(self.manual)
        layout.addWidget(self.kotak_manual)
        layout.addLayout(uji)
        layout.addWidget(self.hasil_uji)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _teks_sistem(self) -> str:
        proxy = proxy_sistem(self.server_url) if self.server_url else None
        if proxy:
            return self.tr("Proxy sistem untuk server ini: {proxy}").format(proxy=proxy)
        return self.tr("Sistem tidak memberi proxy untuk server ini: aplikasi terhubung langsung.")

    # --- the choice as filled in --------------------------------------------------------------

    def mode(self) -> ModeProxy:
        if self.manual.isChecked():
            return "manual"
        return "tanpa" if self.tanpa.isChecked() else "sistem"

    def hasil(self) -> tuple[ProxySetting, str | None]:
        """The choice (without password) and the password typed (None: keep the stored one)."""
        mode = self.mode()
        if mode != "manual":
            return ProxySetting(mode), None
        proxy = ProxySetting(mode, rapikan_url_proxy(self.url.text()), self.pengguna.text().strip())
        return proxy, self.sandi.text() or None

    def _untuk_uji(self) -> ProxySetting:
        proxy, sandi = self.hasil()
        return replace(proxy, sandi=sandi if sandi is not None else self._sandi_lama)

    def _mode_berubah(self) -> None:
        manual = self.mode() == "manual"
        self.kotak_manual.setEnabled(manual)
        self.info_sistem.setEnabled(self.mode() == "sistem")
        self._periksa_url()
        self.hasil_uji.hide()
        if self.server_url:
            self.server.setText(self.tr("Server: {url}").format(url=self.server_url))
        else:
            self.server.setText(
                self.tr("Isi alamat server pada jendela Masuk untuk menguji koneksi.")
            )
        self.uji_button.setEnabled(bool(self.server_url))

    def _url_ditinggalkan(self) -> None:
        self._url_disentuh = True
        self._periksa_url()

    def _periksa_url(self) -> bool:
        """The address's error under it: as it is typed once the field was left (or Simpan or
        Uji pressed), so a half-typed address is not scolded."""
        salah = kesalahan_url_proxy(self.url.text()) if self.mode() == "manual" else None
        tampil = salah is not None and self._url_disentuh
        self.salah_url.setText(pesan_url(salah) if salah is not None else "")
        self.salah_url.setVisible(tampil)
        self.url.setAccessibleDescription(self.salah_url.text() if tampil else "")
        self._pas_tinggi()
        return salah is None

    def _pas_tinggi(self) -> None:
        """Grow to fit a message just shown: a wrapped label's height is not in the dialog's
        first layout pass, and the fields would be squeezed over each other."""
        if not self.isVisible():
            return
        tersedia = self.screen().availableGeometry().height() - 60
        self.resize(self.width(), min(max(self.height(), self.sizeHint().height()), tersedia))

    # --- actions ------------------------------------------------------------------------------

    def uji(self) -> None:
        """GET /healthz with the settings as filled in (not yet saved), off the GUI thread."""
        self._url_disentuh = True
        if not self._periksa_url():
            self.url.setFocus()
            return
        proxy, server = self._untuk_uji(), self.server_url
        hasil = jalankan_di_latar(
            self, self.tr("Menghubungi server…"), lambda: self._uji(server, proxy)
        )
        self.hasil_uji.setText(pesan_uji(hasil))
        self.hasil_uji.setStyleSheet(STYLE["ok" if hasil.kode == "ok" else "salah"])
        self.hasil_uji.setAccessibleName(self.hasil_uji.text())
        self.hasil_uji.show()
        self.terakhir = hasil
        self._pas_tinggi()

    def accept(self) -> None:
        self._url_disentuh = True
        if not self._periksa_url():
            self.url.setFocus()
            return
        super().accept()


class PengaturanKoneksi:
    """The proxy choice of this installation: in `Settings` (saved by `simpan_berkas`), its
    password in the keyring, and handed to the sync service (`terapkan`) when it changes."""

    def __init__(
        self,
        settings: Settings,
        simpan_berkas: Callable[[], object],
        tokens: TokenStore,
        terapkan: Callable[[ProxySetting], object],
    ) -> None:
        self.settings = settings
        self._simpan_berkas = simpan_berkas
        self.tokens = tokens
        self._terapkan = terapkan
        self.dialog: KoneksiDialog | None = None

    def proxy(self) -> ProxySetting:
        """The saved choice, with its password from the keyring (for the client only)."""
        proxy = self.settings.proxy
        if proxy.mode != "manual" or not proxy.pengguna:
            return proxy
        return replace(proxy, sandi=self.tokens.sandi_proxy(proxy.url, proxy.pengguna) or "")

    def simpan(self, proxy: ProxySetting, sandi: str | None) -> None:
        """Keep a new choice; `sandi` None keeps the stored password (moved along with a new
        address or user name), "" removes it."""
        lama = self.proxy()
        if sandi is None:
            sandi = lama.sandi if lama.mode == "manual" else ""
        if lama.mode == "manual" and lama.pengguna:
            self.tokens.hapus_sandi_proxy(lama.url, lama.pengguna)
        if proxy.mode == "manual" and proxy.pengguna:
            self.tokens.simpan_sandi_proxy(proxy.url, proxy.pengguna, sandi)
        self.settings.proxy = replace(proxy, sandi="")
        self._simpan_berkas()
        self._terapkan(self.proxy())

    def buka(self, parent: QWidget | None, server_url: str) -> KoneksiDialog:
        """The dialog on the saved choice, window-modal; Simpan keeps and applies it."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        proxy = self.proxy()
        dialog = KoneksiDialog(proxy, server_url, ada_sandi=bool(proxy.sandi), parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.simpan(*dialog.hasil()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
