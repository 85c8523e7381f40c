"""Keberatan atas predikat kinerja (PP 30/2019 Pasal 59; S003 2.7; domain.md §7).

The pegawai files it with a reason and the ratings asked for; the pejabat penilai kinerja (PPK)
writes a penjelasan; the atasan PPK opens it (the first opening is recorded) and decides:
DISETUJUI sets the new ratings on the period's penilaian, DITOLAK keeps them. The record keeps
before / requested / after. A filing later than 14 days after the predikat is kept as TERLAMBAT
and can only be refused. Ops: `keberatan.file`, `keberatan.explain`, `keberatan.open`,
`keberatan.decide` (the decision carries the new ratings: the server applies them with it).
"""

from __future__ import annotations

from sqlalchemy import select

from ekinerja_desktop.domain import (
    STATUS_FINAL_KEBERATAN,
    DomainError,
    Rating,
    StatusKeberatan,
    format_tanggal,
    periksa_keputusan_keberatan,
    periksa_transisi_keberatan,
    predikat_kinerja,
    status_awal_keberatan,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Keberatan, Pegawai, PenilaianPeriode, PeriodePenilaian, Skp
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

MAKS_PANJANG_TEKS = 4000


class LayananKeberatan:
    """Keberatan use cases; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def ajukan(
        self,
        penilaian_id: str,
        alasan: str,
        rating_hasil_kerja: Rating,
        rating_perilaku_kerja: Rating,
    ) -> str:
        """The owner objects to a period's predikat; returns the keberatan's id."""
        alasan = _teks(alasan, "Alasan keberatan")
        diminta = (Rating(rating_hasil_kerja), Rating(rating_perilaku_kerja))
        with self.uow.write() as t:
            penilaian = entities.get(t, PenilaianPeriode, penilaian_id, "Penilaian")
            skp = _skp_penilaian(t, penilaian)
            if t.aktor.pegawai_id != skp.pegawai_id:
                raise ForbiddenError(
                    "Hanya pegawai yang dinilai yang dapat mengajukan keberatan atas predikatnya."
                )
            awal = _rating_sekarang(penilaian)
            if diminta == awal:
                raise UserError(
                    "Rating yang diminta sama dengan rating saat ini. Pilih rating yang Anda "
                    "anggap tepat."
                )
            _tolak_ganda(t, penilaian.id)
            ppk_id = skp.pejabat_penilai_id or penilaian.dinilai_oleh_id
            atasan_id = _atasan_ppk(t, skp, ppk_id)
            ditetapkan = (penilaian.dinilai_pada or penilaian.updated_at).date()
            try:
                status = status_awal_keberatan(ditetapkan, t.now.date())
            except DomainError as error:
                raise UserError(str(error)) from error
            keberatan = Keberatan(
                penilaian_id=penilaian.id,
                pegawai_id=skp.pegawai_id,
                pejabat_penilai_id=ppk_id,
                atasan_pejabat_penilai_id=atasan_id,
                status=status,
                alasan=alasan,
                rating_hasil_kerja_awal=awal[0],
                rating_perilaku_kerja_awal=awal[1],
                predikat_awal=predikat_kinerja(*awal),
                rating_hasil_kerja_diminta=diminta[0],
                rating_perilaku_kerja_diminta=diminta[1],
                predikat_diminta=predikat_kinerja(*diminta),
                diajukan_pada=t.now,
            )
            t.session.add(keberatan)
            t.session.flush()
            t.outbox("keberatan.file", keberatan.id, entities.data_fields(keberatan), 0)
            return keberatan.id

    def jelaskan(self, keberatan_id: str, penjelasan: str) -> None:
        """The PPK's penjelasan; may be rewritten until the atasan decides."""
        penjelasan = _teks(penjelasan, "Penjelasan")
        with self.uow.write() as t:
            keberatan = entities.get(t, Keberatan, keberatan_id, "Keberatan")
            ppk = keberatan.pejabat_penilai_id
            _harus(t, ppk, "pejabat penilai kinerja", "memberi penjelasan atas")
            status = keberatan.status
            if status is StatusKeberatan.DIAJUKAN:
                _periksa(status, StatusKeberatan.DIJELASKAN)
                status = StatusKeberatan.DIJELASKAN
            elif status in STATUS_FINAL_KEBERATAN:
                _periksa(status, StatusKeberatan.DIJELASKAN)  # raises: the decision is final
            # A TERLAMBAT one keeps its status: the penjelasan goes on record all the same.
            base_version = keberatan.version
            keberatan.penjelasan = penjelasan
            keberatan.status = status
            keberatan.dijelaskan_pada = t.now
            keberatan.updated_at = t.now
            t.outbox(
                "keberatan.explain",
                keberatan.id,
                {"penjelasan": penjelasan, "status": status, "dijelaskan_pada": t.now},
                base_version,
            )

    def buka(self, keberatan_id: str) -> bool:
        """The atasan PPK opens it: the first time is recorded. True when this call did."""
        with self.uow.write() as t:
            keberatan = entities.get(t, Keberatan, keberatan_id, "Keberatan")
            _harus(t, keberatan.atasan_pejabat_penilai_id, "atasan pejabat penilai", "membuka")
            if keberatan.dibuka_atasan_pada is not None:
                return False
            self._catat_dibuka(t, keberatan)
            return True

    def putuskan(
        self,
        keberatan_id: str,
        keputusan: StatusKeberatan,
        rekomendasi: str,
        rating_hasil_kerja: Rating | None = None,
        rating_perilaku_kerja: Rating | None = None,
    ) -> None:
        """The atasan PPK's final decision. DISETUJUI sets the given ratings (by default the
        ones asked for) on the penilaian; DITOLAK keeps the ratings as they were."""
        keputusan = StatusKeberatan(keputusan)
        rekomendasi = _teks(rekomendasi, "Keputusan dan rekomendasi")
        with self.uow.write() as t:
            keberatan = entities.get(t, Keberatan, keberatan_id, "Keberatan")
            _harus(t, keberatan.atasan_pejabat_penilai_id, "atasan pejabat penilai", "memutuskan")
            try:
                periksa_keputusan_keberatan(keberatan.status, keputusan)
            except DomainError as error:
                raise UserError(str(error)) from error
            if keberatan.dibuka_atasan_pada is None:
                self._catat_dibuka(t, keberatan)
            if keputusan is StatusKeberatan.DISETUJUI:
                akhir = (
                    Rating(rating_hasil_kerja or keberatan.rating_hasil_kerja_diminta),
                    Rating(rating_perilaku_kerja or keberatan.rating_perilaku_kerja_diminta),
                )
            else:
                akhir = (keberatan.rating_hasil_kerja_awal, keberatan.rating_perilaku_kerja_awal)
            base_version = keberatan.version
            keberatan.status = keputusan
            keberatan.rekomendasi = rekomendasi
            keberatan.rating_hasil_kerja_akhir, keberatan.rating_perilaku_kerja_akhir = akhir
            keberatan.predikat_akhir = predikat_kinerja(*akhir)
            keberatan.diputuskan_pada = t.now
            keberatan.updated_at = t.now
            if keputusan is StatusKeberatan.DISETUJUI:
                _terapkan(t, keberatan, akhir)
            t.outbox(
                "keberatan.decide",
                keberatan.id,
                {
                    "status": keputusan,
                    "rekomendasi": rekomendasi,
                    "penilaian_id": keberatan.penilaian_id,
                    "rating_hasil_kerja_akhir": akhir[0],
                    "rating_perilaku_kerja_akhir": akhir[1],
                    "predikat_akhir": keberatan.predikat_akhir,
                    "diputuskan_pada": t.now,
                },
                base_version,
            )

    @staticmethod
    def _catat_dibuka(t: Tulis, keberatan: Keberatan) -> None:
        base_version = keberatan.version
        keberatan.dibuka_atasan_pada = t.now
        keberatan.updated_at = t.now
        t.outbox("keberatan.open", keberatan.id, {"dibuka_atasan_pada": t.now}, base_version)


def _teks(teks: str, apa: str) -> str:
    teks = (teks or "").strip()
    if not teks:
        raise UserError(f"{apa} wajib diisi.")
    if len(teks) > MAKS_PANJANG_TEKS:
        raise UserError(f"{apa} terlalu panjang ({len(teks)} karakter, paling banyak 4.000).")
    return teks


def _periksa(dari: StatusKeberatan, ke: StatusKeberatan) -> None:
    try:
        periksa_transisi_keberatan(dari, ke)
    except DomainError as error:
        raise UserError(str(error)) from error


def _skp_penilaian(t: Tulis, penilaian: PenilaianPeriode) -> Skp:
    pp = entities.get(t, PeriodePenilaian, penilaian.periode_penilaian_id, "Periode penilaian")
    return entities.get(t, Skp, pp.skp_id, "SKP")


def _rating_sekarang(penilaian: PenilaianPeriode) -> tuple[Rating, Rating]:
    hasil, perilaku = penilaian.rating_hasil_kerja, penilaian.rating_perilaku_kerja
    if hasil is None or perilaku is None:
        raise UserError(
            "Predikat kinerja periode ini belum ditetapkan, sehingga belum ada yang dapat "
            "diajukan keberatan."
        )
    return hasil, perilaku


def _tolak_ganda(t: Tulis, penilaian_id: str) -> None:
    """One keberatan per predikat: the atasan's decision is final (domain.md §7)."""
    lama = t.session.scalar(
        select(Keberatan).where(
            Keberatan.penilaian_id == penilaian_id, Keberatan.deleted_at.is_(None)
        )
    )
    if lama is not None:
        raise UserError(
            f"Keberatan atas predikat ini sudah diajukan pada "
            f"{format_tanggal(lama.diajukan_pada.date())} (status {lama.status.label}). "
            "Keberatan hanya dapat diajukan satu kali untuk setiap predikat."
        )


def _atasan_ppk(t: Tulis, skp: Skp, ppk_id: str | None) -> str:
    """Who decides: the SKP's atasan pejabat penilai, else the PPK's own atasan."""
    if ppk_id is None:
        raise UserError(
            "Pejabat penilai kinerja SKP ini belum tercatat. Minta admin instansi melengkapi "
            "data atasan Anda."
        )
    if skp.atasan_pejabat_penilai_id:
        return skp.atasan_pejabat_penilai_id
    ppk = t.session.get(Pegawai, ppk_id)
    if ppk is None or ppk.atasan_id is None:
        nama = ppk.nama if ppk else "pejabat penilai Anda"
        raise UserError(
            f"Atasan pejabat penilai belum tercatat, sehingga keberatan tidak dapat diteruskan. "
            f"Minta admin instansi melengkapi data atasan {nama}."
        )
    return ppk.atasan_id


def _harus(t: Tulis, pegawai_id: str | None, peran: str, apa: str) -> None:
    if pegawai_id is None or t.aktor.pegawai_id != pegawai_id:
        pegawai = t.session.get(Pegawai, pegawai_id) if pegawai_id else None
        siapa = f"{peran} ({pegawai.nama})" if pegawai else peran
        raise ForbiddenError(f"Hanya {siapa} yang dapat {apa} keberatan ini.")


def _terapkan(t: Tulis, keberatan: Keberatan, akhir: tuple[Rating, Rating]) -> None:
    """The granted ratings become the period's penilaian (the rekap and kurva follow)."""
    penilaian = entities.get(t, PenilaianPeriode, keberatan.penilaian_id, "Penilaian")
    penilaian.rating_hasil_kerja, penilaian.rating_perilaku_kerja = akhir
    penilaian.predikat = predikat_kinerja(*akhir)
    penilaian.updated_at = t.now
