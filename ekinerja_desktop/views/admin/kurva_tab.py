"""Kurva ideal instansi (domain.md §6): the red curve the Kurva page draws for each capaian
organisasi. The app's shares are a project choice; the admin may set the instansi's own, which
must sum to 100 % and are checked (as a warning only) against the SE MenPANRB 3/2023 table."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QWidget

from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    CapaianOrganisasi,
    DomainError,
    Predikat,
    periksa_kurva_ideal,
)
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.queries_admin import KurvaIdealRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.common import (
    LOCALE_ID,
    DialogIsian,
    ProxyCari,
    TabTabel,
    baris_tombol,
    tabel,
    tombol,
)
from ekinerja_desktop.views.common.table_model import ALIGN_RIGHT, Column, RowTableModel
from ekinerja_desktop.views.rekap.common import PesanLabel

translate = QCoreApplication.translate
URUTAN = tuple(reversed(PREDIKAT_URUTAN))  # Sangat Baik first, as the curve is read


def persen(x: float) -> str:
    teks = f"{x * 100:.1f}".removesuffix(".0").replace(".", ",")
    return f"{teks} %"


def _kolom_predikat(p: Predikat) -> Column[KurvaIdealRow]:
    return Column(p.label, lambda r: persen(r.porsi[p]), ALIGN_RIGHT, sort_key=lambda r: r.porsi[p])


class KurvaIdealModel(RowTableModel[KurvaIdealRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    translate("KurvaIdealModel", "Capaian organisasi"), lambda r: r.capaian.label
                ),
                *(_kolom_predikat(p) for p in URUTAN),
                Column(
                    translate("KurvaIdealModel", "Sumber"),
                    lambda r: (
                        translate("KurvaIdealModel", "Instansi")
                        if r.override_id
                        else translate("KurvaIdealModel", "Bawaan aplikasi")
                    ),
                    tooltip=lambda r: r.salah,
                ),
            ),
            parent,
        )


class KurvaDialog(DialogIsian):
    """The five shares of one capaian, in percent; the total and the SE warnings update live."""

    def __init__(
        self,
        row: KurvaIdealRow,
        simpan: Callable[[Mapping[Predikat, float]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Kurva Ideal — Capaian {capaian}").format(capaian=row.capaian.label),
            "dialog_kurva",
            parent,
        )
        self.capaian = row.capaian
        self._simpan = simpan
        self.kotak: dict[Predikat, QDoubleSpinBox] = {}
        for p in URUTAN:
            spin = QDoubleSpinBox()
            spin.setLocale(LOCALE_ID)
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSingleStep(5)
            spin.setSuffix(" %")
            spin.setValue(round(row.porsi[p] * 100, 1))
            spin.setAccessibleName(self.tr("Porsi {predikat}").format(predikat=p.label))
            spin.valueChanged.connect(lambda _v: self.periksa())
            self.kotak[p] = spin
            self.baris(f"{p.label}:", f"porsi_{p.value}", spin)
        self.jumlah = QLabel()
        self.jumlah.setObjectName("jumlah_kurva")
        self.baris(self.tr("Jumlah:"), "porsi", self.jumlah)
        self.peringatan = PesanLabel()
        self.peringatan.setObjectName("peringatan_kurva")
        self.form.addRow(self.peringatan)
        self.periksa()

    def porsi(self) -> dict[Predikat, float]:
        return {p: spin.value() / 100 for p, spin in self.kotak.items()}

    def kesalahan(self) -> dict[str, str]:
        porsi = self.porsi()
        self.jumlah.setText(persen(sum(porsi.values())))
        try:
            _baris, peringatan = periksa_kurva_ideal(self.capaian, porsi)
        except DomainError as error:
            self.peringatan.kosongkan()
            return {"porsi": str(error)}
        self.peringatan.tampilkan(
            "\n".join([self.tr("Tetap dapat disimpan (kurva hanya panduan), tetapi:"), *peringatan])
            if peringatan
            else "",
            "warning",
        )
        return {}

    def simpan(self) -> None:
        self._simpan(self.porsi())


class KurvaTab(TabTabel[KurvaIdealRow]):
    WATCHED = frozenset({"kurva_ideal"})

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_kurva")
        self.layanan = LayananPeriodeAdmin(uow)
        keterangan = QLabel(
            self.tr(
                "Kurva ideal (garis merah pada halaman Kurva) untuk tiap capaian kinerja "
                "organisasi. Nilai bawaan aplikasi adalah pilihan proyek yang memenuhi SE "
                "MenPANRB 3/2023; instansi dapat menetapkan nilainya sendiri. Kurva adalah "
                "panduan, bukan distribusi paksa."
            )
        )
        keterangan.setWordWrap(True)
        self.model = KurvaIdealModel(self)
        self.proxy = ProxyCari(self.model, parent=self)
        self.table = tabel("tabel_kurva", self.tr("Kurva ideal per capaian organisasi"), self.proxy)
        self.table.setSortingEnabled(False)
        self.ubah_button = tombol(
            self.tr("&Ubah…"), self.ubah, self.tr("Ubah kurva ideal capaian terpilih (F2)")
        )
        self.bawaan_button = tombol(self.tr("&Kembalikan ke bawaan"), self.kembalikan)
        self.susun(
            keterangan,
            self.table,
            baris_tombol((self.ubah_button,), (self.bawaan_button,)),
            hapus=self.kembalikan,
        )

    def isi_daftar(self) -> None:
        self.model.set_rows(self.layanan.daftar_kurva_ideal())
        self.table.resizeColumnsToContents()

    def _tombol(self) -> None:
        row = self.terpilih()
        self.ubah_button.setEnabled(row is not None)
        self.bawaan_button.setEnabled(row is not None and row.override_id is not None)

    def ubah(self) -> None:
        row = self.terpilih()
        if row is None:
            return

        def simpan(porsi: Mapping[Predikat, float]) -> None:
            peringatan = self.layanan.simpan_kurva_ideal(row.capaian, porsi)
            teks = self.tr("Kurva ideal {capaian} disimpan.").format(capaian=row.capaian.label)
            if peringatan:
                teks += " " + self.tr("Catatan: {n} batasan SE 3/2023 tidak terpenuhi.").format(
                    n=len(peringatan)
                )
            self.berhasil(teks, row.id)

        self.buka(KurvaDialog(row, simpan, self))

    def kembalikan(self) -> None:
        row = self.terpilih()
        if row is None or row.override_id is None:
            return
        capaian: CapaianOrganisasi = row.capaian
        self.tanya(
            self.tr("Kembalikan Kurva Bawaan"),
            self.tr(
                "Hapus kurva ideal instansi untuk capaian {capaian} dan kembali memakai nilai "
                "bawaan aplikasi?"
            ).format(capaian=capaian.label),
            self.tr("&Kembalikan"),
            lambda: self.layanan.kembalikan_kurva_bawaan(capaian),
            self.tr("Kurva ideal {capaian} kembali ke bawaan.").format(capaian=capaian.label),
        )
