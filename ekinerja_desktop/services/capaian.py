"""Capaian kinerja organisasi per unit kerja induk per period (S003 2.5, domain.md §6).

The admin sets it (with a bukti dukung link), finalises it once every pegawai is rated so the
pola distribusi chart stays the same on every print, and may cancel the finalisation ("Batal
Final"). While final, the capaian itself is locked; its bukti dukung link may still be corrected.
Ops: `capaian.set`, `capaian.finalize`, `capaian.unfinalize` (and `capaian_organisasi.delete`).
"""

from __future__ import annotations

from typing import Any

from ekinerja_desktop.domain import CapaianOrganisasi, DomainError, StatusCapaian
from ekinerja_desktop.domain.penilaian import periksa_url_bukti_dukung
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import CapaianOrganisasiUnor, Pegawai, Periode, Unor
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.queries_rekap import capaian_unit, peta_unor
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

MAKS_PANJANG_URL_CAPAIAN = 1000  # the capaian_organisasi.bukti_dukung_url column

PESAN_BUKAN_ADMIN = "Hanya admin instansi yang dapat mengelola capaian organisasi."
PESAN_SUDAH_FINAL = (
    "Capaian organisasi ini sudah final. Pilih \u201cBatal Final\u201d terlebih dahulu untuk "
    "mengubah capaiannya."
)


class LayananCapaian:
    """Capaian organisasi use cases; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def tetapkan(
        self,
        unor_id: str,
        periode_id: str,
        capaian: CapaianOrganisasi,
        bukti_dukung_url: str | None,
    ) -> str:
        """Set (add or edit) the capaian of a unit for a period; returns the record's id."""
        capaian = CapaianOrganisasi(capaian)
        url = _url(bukti_dukung_url)
        with self.uow.write() as t:
            instansi_id = _admin(t)
            _periksa_unit(t, instansi_id, unor_id)
            _periksa_periode(t, instansi_id, periode_id)
            record = capaian_unit(t.session, unor_id, periode_id)
            if record is None:
                record = CapaianOrganisasiUnor(
                    unor_id=unor_id,
                    periode_id=periode_id,
                    capaian=capaian,
                    bukti_dukung_url=url,
                    status=StatusCapaian.BELUM_FINAL,
                )
                t.session.add(record)
                t.session.flush()
                _outbox(t, "capaian.set", record, 0, entities.data_fields(record))
                return record.id
            if record.status is StatusCapaian.FINAL and record.capaian is not capaian:
                raise UserError(PESAN_SUDAH_FINAL)
            _ubah(t, record, "capaian.set", capaian=capaian, bukti_dukung_url=url)
            return record.id

    def finalkan(self, capaian_id: str) -> None:
        """Final: the capaian (and so the ideal curve) no longer changes."""
        self._ubah_status(capaian_id, StatusCapaian.FINAL, "capaian.finalize")

    def batal_final(self, capaian_id: str) -> None:
        self._ubah_status(capaian_id, StatusCapaian.BELUM_FINAL, "capaian.unfinalize")

    def hapus(self, capaian_id: str) -> None:
        with self.uow.write() as t:
            _admin(t)
            record = entities.get(t, CapaianOrganisasiUnor, capaian_id, "Capaian organisasi")
            if record.status is StatusCapaian.FINAL:
                raise UserError(
                    "Capaian organisasi yang sudah final tidak dapat dihapus. "
                    "Pilih \u201cBatal Final\u201d terlebih dahulu."
                )
            entities.delete(t, record)

    def _ubah_status(self, capaian_id: str, ke: StatusCapaian, op: str) -> None:
        with self.uow.write() as t:
            _admin(t)
            record = entities.get(t, CapaianOrganisasiUnor, capaian_id, "Capaian organisasi")
            if record.status is ke:
                raise UserError(
                    "Capaian organisasi ini sudah final."
                    if ke is StatusCapaian.FINAL
                    else "Capaian organisasi ini belum final."
                )
            _ubah(t, record, op, status=ke)


def _admin(t: Tulis) -> str:
    """The acting admin's instansi id; ForbiddenError for anyone else."""
    pegawai = t.session.get(Pegawai, t.aktor.pegawai_id)
    if pegawai is None or not pegawai.is_admin or not t.aktor.is_admin:
        raise ForbiddenError(PESAN_BUKAN_ADMIN)
    return pegawai.instansi_id


def _periksa_unit(t: Tulis, instansi_id: str, unor_id: str) -> None:
    unor = entities.get(t, Unor, unor_id, "Unit kerja")
    if unor.instansi_id != instansi_id:
        raise ForbiddenError("Unit kerja ini bukan bagian dari instansi Anda.")
    if unor_id not in peta_unor(t.session, instansi_id).unit_induk:
        raise UserError(
            f"Capaian organisasi ditetapkan untuk unit kerja induk (JPT/mandiri); "
            f"{unor.nama} bukan unit kerja induk."
        )


def _periksa_periode(t: Tulis, instansi_id: str, periode_id: str) -> None:
    periode = entities.get(t, Periode, periode_id, "Periode penilaian")
    if periode.instansi_id != instansi_id:
        raise ForbiddenError("Periode ini bukan periode instansi Anda.")


def _url(bukti_dukung_url: str | None) -> str | None:
    """The bukti dukung link, validated; empty means none yet (it can be added later)."""
    if bukti_dukung_url is None or not bukti_dukung_url.strip():
        return None
    try:
        url = periksa_url_bukti_dukung(bukti_dukung_url)
    except DomainError as error:
        raise UserError(str(error)) from error
    if len(url) > MAKS_PANJANG_URL_CAPAIAN:
        raise UserError(
            f"Tautan terlalu panjang ({len(url)} karakter, paling banyak "
            f"{MAKS_PANJANG_URL_CAPAIAN})."
        )
    return url


def _ubah(t: Tulis, record: CapaianOrganisasiUnor, op: str, **fields: Any) -> None:
    changed = {k: v for k, v in fields.items() if getattr(record, k) != v}
    if not changed:
        return
    base_version = record.version
    for key, value in changed.items():
        setattr(record, key, value)
    record.updated_at = t.now
    _outbox(t, op, record, base_version, changed)


def _outbox(
    t: Tulis, op: str, record: CapaianOrganisasiUnor, base_version: int, fields: dict[str, Any]
) -> None:
    # The unit and period travel with every op: the server finds the record by them too.
    payload = {"unor_id": record.unor_id, "periode_id": record.periode_id, **fields}
    t.outbox(op, record.id, payload, base_version)
