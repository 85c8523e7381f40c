"""Admin instansi (S003 2.2, domain.md §4, §6): the instansi's periods, reopening a period
whose batas pengisian has passed, and the instansi's ideal curve.

One unit of work per public method, authorised by the domain's admin policy like
`services/admin.py`. A reopening is a `PeriodeDibukaUlang` for a unit (it covers the units below
it, as `penilaian_relasi.dibuka_ulang` reads it) until a date; closing it moves that date to
yesterday, so the record stays as history of who reopened what until when. The ideal curve of a
capaian is the instansi's `KurvaIdealInstansi` row when there is one, else the app's (domain.md
§6); removing the row goes back to the app's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import select

from ekinerja_desktop.domain import (
    CapaianOrganisasi,
    DomainError,
    JenisPeriode,
    PeriodeDef,
    PeriodeInstansi,
    PeriodeSalah,
    PolaPeriode,
    Predikat,
    buat_periode,
    format_tanggal,
    periksa_buka_ulang,
    periksa_kurva_ideal,
    periksa_periode_instansi,
)
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import Instansi, KurvaIdealInstansi, Periode, PeriodeDibukaUlang, Unor
from ekinerja_desktop.services import entities, queries_admin
from ekinerja_desktop.services.admin import (
    IsianSalah,
    LayananDataInduk,
    hidup,
    izinkan,
    milik_instansi,
)
from ekinerja_desktop.services.queries_admin import DibukaUlangRow, KurvaIdealRow, PeriodeAdminRow
from ekinerja_desktop.services.uow import Tulis

#: The years offered besides those with periods: this one and the next (planning ahead).
TAHUN_KE_DEPAN = 1
#: Longest reason for a reopening: a sentence or two, not a letter.
MAKS_ALASAN_BUKA_ULANG = 500


def _instansi_periode(p: Periode) -> PeriodeInstansi:
    return PeriodeInstansi(p.id, p.nama, p.awal, p.akhir, p.batas_pengisian, p.jenis)


class LayananPeriodeAdmin(LayananDataInduk):
    """Periods, reopenings and the ideal curve of the admin's instansi."""

    # --- reading ------------------------------------------------------------------------------

    def daftar_tahun(self) -> list[int]:
        """Years with periods, plus this year and the next, the latest first."""
        ada = set(self._baca(queries_admin.tahun_periode))
        sekarang = self.uow.today().year
        return sorted(ada | set(range(sekarang, sekarang + TAHUN_KE_DEPAN + 1)), reverse=True)

    def daftar_periode(self, tahun: int) -> list[PeriodeAdminRow]:
        return self._baca(
            lambda s, instansi_id: queries_admin.daftar_periode(
                s, instansi_id, tahun, self.uow.today()
            )
        )

    def daftar_dibuka_ulang(self, periode_id: str) -> list[DibukaUlangRow]:
        with self.uow.read() as s:
            return queries_admin.daftar_dibuka_ulang(s, periode_id)

    def daftar_kurva_ideal(self) -> list[KurvaIdealRow]:
        return self._baca(queries_admin.daftar_kurva_ideal)

    # --- periods ------------------------------------------------------------------------------

    def buat_periode_tahun(self, tahun: int, pola: PolaPeriode) -> list[str]:
        """The year's default periods (S003 2.2: 13 monthly or 5 quarterly, Final last); the
        instansi's pattern follows the choice. Refused when the year already has periods."""
        pola = PolaPeriode(pola)
        try:
            daftar = buat_periode(pola, tahun)
        except DomainError as error:
            raise UserError(str(error)) from error
        with self._tulis() as (t, saya):
            izinkan(t, saya, "periode.create", saya.instansi_id, exists=False)
            ada = queries_admin.periode_tahun(t.session, saya.instansi_id, tahun)
            if ada:
                raise UserError(
                    f"Tahun {tahun} sudah memiliki {len(ada)} periode; ubah periode yang ada."
                )
            instansi = entities.get(t, Instansi, saya.instansi_id, "Instansi")
            if instansi.pola_periode is not pola:
                izinkan(t, saya, "instansi.update", instansi.id)
                entities.update(t, instansi, pola_periode=pola)
            return [_rekam_periode(t, saya.instansi_id, tahun, p.nomor, p) for p in daftar]

    def tambah_periode(
        self,
        tahun: int,
        nama: str,
        awal: date,
        akhir: date,
        batas_pengisian: date,
        jenis: JenisPeriode,
    ) -> str:
        """One more period of a year (S003 Gambar 2.5), numbered after the others."""
        baru = PeriodeInstansi(None, " ".join(nama.split()), awal, akhir, batas_pengisian, jenis)
        with self._tulis() as (t, saya):
            izinkan(t, saya, "periode.create", saya.instansi_id, exists=False)
            lain = queries_admin.periode_tahun(t.session, saya.instansi_id, tahun)
            _periksa(baru, tahun, lain)
            nomor = max((p.nomor for p in lain), default=0) + 1
            return _rekam_periode(t, saya.instansi_id, tahun, nomor, baru)

    def ubah_periode(
        self, periode_id: str, nama: str, awal: date, akhir: date, batas_pengisian: date
    ) -> None:
        """Name, dates and batas pengisian of a period (S003 Gambar 2.7); its year and jenis
        stay, since SKP periods and their rencana aksi were made from them."""
        with self._tulis() as (t, saya):
            periode = milik_instansi(t, saya, Periode, periode_id, "Periode", "periode.update")
            baru = PeriodeInstansi(
                periode.id, " ".join(nama.split()), awal, akhir, batas_pengisian, periode.jenis
            )
            _periksa(
                baru,
                periode.tahun,
                queries_admin.periode_tahun(t.session, saya.instansi_id, periode.tahun),
            )
            entities.update(
                t, periode, nama=baru.nama, awal=awal, akhir=akhir, batas_pengisian=batas_pengisian
            )

    def hapus_periode(self, periode_id: str) -> None:
        """Only a period nothing refers to (no SKP took it, no capaian, no reopening)."""
        with self._tulis() as (t, saya):
            periode = milik_instansi(t, saya, Periode, periode_id, "Periode", "periode.delete")
            pakai = queries_admin.pemakaian_periode(t.session, periode.id)
            if pakai:
                rincian = ", ".join(f"{n} {apa}" for apa, n in pakai.items())
                raise UserError(
                    f"{periode.nama} {periode.tahun} tidak dapat dihapus: masih dipakai oleh "
                    f"{rincian}."
                )
            entities.delete(t, periode)

    # --- reopening ----------------------------------------------------------------------------

    def buka_ulang(self, periode_id: str, unor_id: str, sampai: date, alasan: str) -> str:
        """Reopen a period past its batas pengisian for a unit (and the units below it) until
        `sampai`, for a stated reason (kept as history); a reopening of the same period and unit
        still in force gets the new date and reason."""
        alasan = periksa_alasan_buka_ulang(alasan)
        with self._tulis() as (t, saya):
            periode = hidup(t, Periode, periode_id, "Periode", saya.instansi_id)
            unor = hidup(t, Unor, unor_id, "Unit organisasi", saya.instansi_id)
            hari_ini = t.now.date()
            try:
                periksa_buka_ulang(
                    hari_ini, periode.batas_pengisian, sampai, f"{periode.nama} {periode.tahun}"
                )
            except DomainError as error:
                kolom = "sampai" if hari_ini > periode.batas_pengisian else "periode_id"
                raise IsianSalah(kolom, str(error)) from error
            ada = t.session.scalar(
                select(PeriodeDibukaUlang).where(
                    PeriodeDibukaUlang.periode_id == periode.id,
                    PeriodeDibukaUlang.unor_id == unor.id,
                    PeriodeDibukaUlang.deleted_at.is_(None),
                    PeriodeDibukaUlang.sampai >= hari_ini,
                )
            )
            if ada is not None:
                izinkan(t, saya, "periode_dibuka_ulang.update", saya.instansi_id)
                entities.update(t, ada, sampai=sampai, oleh_id=saya.id, alasan=alasan)
                return ada.id
            izinkan(t, saya, "periode_dibuka_ulang.create", saya.instansi_id, exists=False)
            record = entities.create(
                t,
                PeriodeDibukaUlang,
                periode_id=periode.id,
                unor_id=unor.id,
                sampai=sampai,
                oleh_id=saya.id,
                alasan=alasan,
            )
            return record.id

    def tutup_buka_ulang(self, dibuka_ulang_id: str) -> None:
        """End a reopening now: it ran until yesterday, and the period is closed again today."""
        with self._tulis() as (t, saya):
            record = entities.get(t, PeriodeDibukaUlang, dibuka_ulang_id, "Pembukaan ulang")
            periode = hidup(t, Periode, record.periode_id, "Periode", saya.instansi_id)
            izinkan(t, saya, "periode_dibuka_ulang.update", periode.instansi_id)
            kemarin = t.now.date() - timedelta(days=1)
            if record.sampai <= kemarin:
                raise UserError(
                    f"Pembukaan ulang ini sudah berakhir {format_tanggal(record.sampai)}."
                )
            entities.update(t, record, sampai=kemarin, oleh_id=saya.id)

    # --- the ideal curve ----------------------------------------------------------------------

    def simpan_kurva_ideal(
        self, capaian: CapaianOrganisasi, porsi: Mapping[Predikat, float]
    ) -> list[str]:
        """The instansi's ideal shares for a capaian (summing to 1); returns the warnings of
        the SE 3/2023 constraints it breaks, which do not block (the curve is guidance)."""
        capaian = CapaianOrganisasi(capaian)
        try:
            baris, peringatan = periksa_kurva_ideal(capaian, porsi)
        except DomainError as error:
            raise IsianSalah("porsi", str(error)) from error
        nilai = {p.value: round(v, 6) for p, v in baris.items()}
        with self._tulis() as (t, saya):
            record = queries_admin.override_kurva(t.session, saya.instansi_id).get(capaian)
            if record is None:
                izinkan(t, saya, "kurva_ideal.create", saya.instansi_id, exists=False)
                entities.create(
                    t,
                    KurvaIdealInstansi,
                    instansi_id=saya.instansi_id,
                    capaian=capaian,
                    porsi=nilai,
                )
            else:
                izinkan(t, saya, "kurva_ideal.update", record.instansi_id)
                entities.update(t, record, porsi=nilai)
        return peringatan

    def kembalikan_kurva_bawaan(self, capaian: CapaianOrganisasi) -> None:
        """Drop the instansi's row: the app's ideal curve applies again."""
        with self._tulis() as (t, saya):
            record = queries_admin.override_kurva(t.session, saya.instansi_id).get(
                CapaianOrganisasi(capaian)
            )
            if record is None:
                return
            izinkan(t, saya, "kurva_ideal.delete", record.instansi_id)
            entities.delete(t, record)


def periksa_alasan_buka_ulang(alasan: str) -> str:
    """The reason trimmed; refused when empty or longer than the limit."""
    alasan = alasan.strip()
    if not alasan:
        raise IsianSalah("alasan", "Alasan pembukaan ulang wajib diisi.")
    if len(alasan) > MAKS_ALASAN_BUKA_ULANG:
        raise IsianSalah(
            "alasan",
            f"Alasan pembukaan ulang paling banyak {MAKS_ALASAN_BUKA_ULANG} karakter "
            f"({len(alasan)} diisi).",
        )
    return alasan


def _rekam_periode(
    t: Tulis, instansi_id: str, tahun: int, nomor: int, p: PeriodeDef | PeriodeInstansi
) -> str:
    """A new period of the instansi (a default one of the year, or one the admin added)."""
    record = entities.create(
        t,
        Periode,
        instansi_id=instansi_id,
        tahun=tahun,
        nomor=nomor,
        nama=p.nama,
        awal=p.awal,
        akhir=p.akhir,
        batas_pengisian=p.batas_pengisian,
        jenis=JenisPeriode(p.jenis),
    )
    return record.id


def _periksa(baru: PeriodeInstansi, tahun: int, lain: list[Periode]) -> None:
    try:
        periksa_periode_instansi(baru, tahun, [_instansi_periode(p) for p in lain])
    except PeriodeSalah as error:
        raise IsianSalah(error.kolom, str(error)) from error
