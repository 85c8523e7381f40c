"""The top of the SKP editor: title and period, status badge, format, the buttons of the
SKP (Muat ulang, Edit Status, Ajukan, Tutup), the banners (refusal, read-only reason, catatan
perbaikan) and the two identity blocks of the printed SKP."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import StatusSkp, format_tanggal
from ekinerja_desktop.services.queries_skp import Identitas, SkpEditorData


def periode(awal: date, akhir: date) -> str:
    return f"{format_tanggal(awal)} – {format_tanggal(akhir)}"


WARNA_STATUS = {
    StatusSkp.DRAFT: ("#5f6368", "#eceff1"),
    StatusSkp.PENGAJUAN: ("#0b57d0", "#e8f0fe"),
    StatusSkp.PERSETUJUAN: ("#0f6b2f", "#e6f4ea"),
}


def _banner(object_name: str, foreground: str, background: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel#{object_name} {{ color: {foreground}; background: {background}; "
        "padding: 5px 8px; border-radius: 3px; }"
    )
    label.hide()
    return label


class IdentitasBlok(QWidget):
    """ "PEGAWAI YANG DINILAI" / "PEJABAT PENILAI KINERJA": five numbered lines."""

    def __init__(self, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(judul)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        title = QLabel(f"<b>{judul.upper()}</b>")
        grid.addWidget(title, 0, 0, 1, 2)
        self.nilai: list[QLabel] = []
        names = (
            self.tr("Nama"),
            self.tr("NIP"),
            self.tr("Pangkat/gol. ruang"),
            self.tr("Jabatan"),
            self.tr("Unit kerja"),
        )
        for row, nama in enumerate(names, start=1):
            grid.addWidget(QLabel(nama), row, 0, Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(nama)
            grid.addWidget(value, row, 1)
            self.nilai.append(value)
        grid.setColumnStretch(1, 1)

    def set_identitas(self, orang: Identitas | None) -> None:
        if orang is None:
            values = [self.tr("(belum ada pejabat penilai)"), "", "", "", ""]
        else:
            values = [orang.nama, orang.nip, orang.pangkat_golongan, orang.jabatan, orang.unor]
        for label, value in zip(self.nilai, values, strict=True):
            label.setText(value)


class KepalaSkp(QWidget):
    def __init__(self, tip_muat: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.judul = QLabel()
        font = self.judul.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.judul.setFont(font)
        self.judul.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status_skp")
        self.status.setAccessibleName(self.tr("Status SKP"))
        self.keterangan = QLabel()
        self.keterangan.setObjectName("keterangan_skp")
        self.tombol_ajukan = QPushButton()
        self.tombol_ajukan.setObjectName("tombol_ajukan")
        self.tombol_status = QPushButton(self.tr("Edit &Status…"))
        self.tombol_status.setObjectName("tombol_edit_status")
        self.tombol_muat = QPushButton(self.tr("&Muat ulang"))
        self.tombol_muat.setToolTip(tip_muat)
        self.tombol_tutup = QPushButton(self.tr("Tutup"))
        self.tombol_tutup.setToolTip(self.tr("Tutup halaman SKP ini (Ctrl+W)"))

        atas = QHBoxLayout()
        atas.addWidget(self.judul, 1)
        atas.addWidget(self.status)
        atas.addWidget(self.keterangan)
        atas.addSpacing(8)
        for button in (self.tombol_muat, self.tombol_status, self.tombol_ajukan, self.tombol_tutup):
            atas.addWidget(button)

        self.galat = _banner("banner_galat", "#8e0015", "#fde7e9")
        self.hanya_baca = _banner("banner_hanya_baca", "#174ea6", "#e8f0fe")
        self.catatan = _banner("banner_catatan", "#5c4400", "#fff4ce")

        self.pegawai = IdentitasBlok(self.tr("Pegawai yang dinilai"))
        self.penilai = IdentitasBlok(self.tr("Pejabat penilai kinerja"))
        identitas = self.identitas = QFrame()
        identitas.setFrameShape(QFrame.Shape.StyledPanel)
        identitas_layout = QHBoxLayout(identitas)
        identitas_layout.setContentsMargins(8, 4, 8, 4)
        identitas_layout.addWidget(self.pegawai, 1)
        identitas_layout.addSpacing(16)
        identitas_layout.addWidget(self.penilai, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(atas)
        layout.addWidget(self.galat)
        layout.addWidget(self.hanya_baca)
        layout.addWidget(self.catatan)
        layout.addWidget(identitas)

    def tampilkan(self, data: SkpEditorData) -> None:
        header, hak = data.header, data.hak
        judul = self.tr("Sasaran Kinerja Pegawai · {periode}").format(
            periode=periode(header.periode_awal, header.periode_akhir)
        )
        self.judul.setText(judul)
        fg, bg = WARNA_STATUS[header.status]
        self.status.setText(header.status.label.upper())
        self.status.setStyleSheet(
            f"QLabel#status_skp {{ color: {fg}; background: {bg}; font-weight: bold; "
            "padding: 3px 8px; border-radius: 8px; }"
        )
        keterangan = [f"{header.jenis.label} · {header.pendekatan.label}"]
        if header.plt_plh_jabatan:
            keterangan.append(header.plt_plh_jabatan)
        self.keterangan.setText(" · ".join(keterangan))
        self.pegawai.set_identitas(header.pegawai)
        self.penilai.set_identitas(header.pejabat_penilai)
        self.hanya_baca.setText(hak.alasan_hanya_baca)
        self.hanya_baca.setVisible(bool(hak.alasan_hanya_baca))
        kembali = header.status is StatusSkp.DRAFT and bool(header.catatan_perbaikan)
        if kembali:
            oleh = next(
                (r for r in reversed(data.riwayat) if r.ke is StatusSkp.DRAFT and r.catatan), None
            )
            siapa = f" ({oleh.oleh_nama})" if oleh else ""
            self.catatan.setText(
                self.tr("<b>Catatan perbaikan dari pejabat penilai{siapa}:</b> {catatan}").format(
                    siapa=siapa, catatan=header.catatan_perbaikan
                )
            )
        self.catatan.setVisible(kembali)
        self.tombol_ajukan.setText(
            self.tr("&Tetapkan SKP…")
            if hak.ajukan_ke is StatusSkp.PERSETUJUAN
            else self.tr("&Ajukan SKP…")
        )
