"""What a backup (or the current database) holds, in words: shared by the backup result, the
restore dialog and its confirmation."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ekinerja_desktop.domain import format_nip
from ekinerja_desktop.domain.penilaian import format_ukuran
from ekinerja_desktop.services.cadangan import InfoCadangan, cadangan_otomatis
from ekinerja_desktop.views.common.table_model import display_text

translate = QCoreApplication.translate


def waktu(nilai: datetime | None) -> str:
    return display_text(nilai) if nilai is not None else translate("Ringkasan", "tidak diketahui")


def nip_terbaca(nip: str) -> str:
    try:
        return format_nip(nip)
    except ValueError:
        return nip


def pemilik(info: InfoCadangan) -> str:
    """ "Nama (NIP …)", or a plain word on who it belongs to when nobody ever signed in there."""
    if info.nip is None:
        return translate("Ringkasan", "tidak diketahui (belum pernah masuk ke server)")
    nip = nip_terbaca(info.nip)
    if info.nama:
        return translate("Ringkasan", "{nama} (NIP {nip})").format(nama=info.nama, nip=nip)
    return translate("Ringkasan", "NIP {nip}").format(nip=nip)


def isi_singkat(info: InfoCadangan) -> str:
    """One line: "3 SKP, 2 perubahan belum terkirim"."""
    return translate("Ringkasan", "SKP: {skp} · perubahan belum terkirim: {tunggu}").format(
        skp=info.jumlah_skp, tunggu=info.belum_terkirim
    )


def _baris(label: str, nilai: str, tebal: bool = False) -> str:
    isi = f"<b>{escape(nilai)}</b>" if tebal else escape(nilai)
    label = escape(label).replace(" ", "&nbsp;")  # a label never wraps (a message box would)
    return f"<tr><td style='padding-right:12px'>{label}</td><td>{isi}</td></tr>"


def ringkasan_html(info: InfoCadangan, *, berkas: bool = True) -> str:
    """The summary as a two-column table for a rich-text label."""
    rows = []
    if berkas:
        rows.append(_baris(translate("Ringkasan", "Berkas"), str(info.path)))
        rows.append(_baris(translate("Ringkasan", "Dibuat"), waktu(info.dibuat_pada)))
    rows.append(_baris(translate("Ringkasan", "Milik"), pemilik(info), tebal=True))
    rows.append(_baris(translate("Ringkasan", "Jumlah SKP"), str(info.jumlah_skp)))
    rows.append(
        _baris(
            translate("Ringkasan", "Perubahan belum terkirim"),
            str(info.belum_terkirim),
            tebal=info.belum_terkirim > 0,
        )
    )
    rows.append(_baris(translate("Ringkasan", "Lampiran belum terunggah"), str(info.lampiran)))
    if berkas:
        rows.append(_baris(translate("Ringkasan", "Ukuran"), format_ukuran(info.ukuran)))
        if info.versi_aplikasi:
            rows.append(
                _baris(
                    translate("Ringkasan", "Dibuat oleh"),
                    translate("Ringkasan", "e-Kinerja Desktop {versi}").format(
                        versi=info.versi_aplikasi
                    ),
                )
            )
        if info.perlu_migrasi:
            rows.append(
                _baris(
                    translate("Ringkasan", "Catatan"),
                    translate("Ringkasan", "dari versi aplikasi lama; diperbarui saat dipulihkan"),
                )
            )
    return "<table>" + "".join(rows) + "</table>"


def alasan_label(alasan: str) -> str:
    """Why the app took an automatic backup, from the label in its file name."""
    if alasan == "sebelum-pulihkan":
        return translate("Ringkasan", "Sebelum pemulihan dari cadangan")
    if alasan.startswith("sebelum-migrasi-"):
        revisi = alasan.removeprefix("sebelum-migrasi-")
        if revisi == "awal":
            return translate("Ringkasan", "Sebelum pembaruan basis data")
        return translate("Ringkasan", "Sebelum pembaruan basis data (versi {revisi})").format(
            revisi=revisi
        )
    return alasan


def nama_cadangan(path: Path) -> str:
    """An automatic backup by its date and reason (its file name is a machine's); a backup
    file of the user's by its name."""
    otomatis = cadangan_otomatis(path)
    if otomatis is None:
        return path.name
    return translate("Ringkasan", "cadangan otomatis {waktu} ({alasan})").format(
        waktu=waktu(otomatis.dibuat_pada), alasan=alasan_label(otomatis.alasan)
    )


def asal(info: InfoCadangan) -> str:
    """Which backup, with its date: "cadangan otomatis 4 Mei 2026 14.07 (…)" or
    "ekinerja-cadangan-….db, dibuat 4 Mei 2026 14.07"."""
    if cadangan_otomatis(info.path) is not None:
        return nama_cadangan(info.path)
    return translate("Ringkasan", "{berkas}, dibuat {waktu}").format(
        berkas=info.path.name, waktu=waktu(info.dibuat_pada)
    )
