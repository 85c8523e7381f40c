"""Use cases of pelaksanaan and penilaian: periods of an approved SKP, rencana aksi, realisasi,
bukti dukung, feedback and ratings (domain.md §4–§5, S000 chapter III, S002).

Every public method is one unit of work: the record and its outbox entry commit together. All
of them require the SKP in Persetujuan; filling in also requires the period's batas pengisian
not to have passed, unless an admin reopened the period for the SKP's unit (or a unit above).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from ekinerja_desktop.domain import (
    JenisPeriode,
    NilaiBerakhlak,
    Rating,
    SifatFeedback,
    StatusSkp,
    SumberFeedback,
    periksa_batas_pengisian,
    periode_untuk_skp,
    predikat_kinerja,
)
from ekinerja_desktop.domain.penilaian import (
    BATAS_UKURAN_BERKAS,
    PESAN_FEEDBACK_SEBELUM_RATING,
    PESAN_RATING_BUKAN_PPK,
    PESAN_RATING_KETUA_TIM,
    PESAN_REKAN_HASIL_KERJA,
    boleh_feedback_hasil_kerja,
    boleh_rating,
    mime_bukti_dukung,
    periksa_ukuran_berkas,
    periksa_url_bukti_dukung,
    sumber_feedback,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import (
    Blob,
    BuktiDukung,
    Feedback,
    Iki,
    Instansi,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Realisasi,
    RencanaAksi,
    Rhk,
    Skp,
)
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.services import entities, salin
from ekinerja_desktop.services.blobs import BlobStore, BlobTersimpan
from ekinerja_desktop.services.penilaian_relasi import (
    dibuka_ulang,
    periode_def,
    periode_instansi,
    relasi_penilaian,
)
from ekinerja_desktop.services.salin import SalinRencanaAksiRow
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

T = TypeVar("T", bound=SyncedMixin)

PESAN_BELUM_DISETUJUI = (
    "SKP ini belum disetujui (status {status}). Rencana aksi, realisasi, bukti dukung, "
    "feedback dan rating hanya untuk SKP berstatus Persetujuan."
)
PESAN_BUKAN_PEMILIK = "Hanya pemilik SKP yang dapat mengisi {apa}."
MAKS_TEKS = 4000


@dataclass(frozen=True)
class _Konteks:
    """A periode penilaian ready to be filled in: its SKP and the instansi period."""

    pp: PeriodePenilaian
    skp: Skp
    periode: Periode


class LayananPenilaian:
    """Pelaksanaan and penilaian use cases; every public method is one unit of work."""

    def __init__(
        self, uow: UnitOfWork, blobs: BlobStore, batas_ukuran: int = BATAS_UKURAN_BERKAS
    ) -> None:
        self.uow = uow
        self.blobs = blobs
        self.batas_ukuran = batas_ukuran

    # --- periode penilaian --------------------------------------------------------------------

    def tambah_periode_penilaian(self, skp_id: str, periode_id: str) -> str:
        """ "Tambah Periode Penilaian": one of the instansi's periods of the SKP's year."""
        with self.uow.write() as t:
            skp = self._skp_disetujui(t, skp_id)
            self._harus_pemilik(t, skp, "periode penilaian")
            periode = entities.get(t, Periode, periode_id, "Periode")
            pegawai = entities.get(t, Pegawai, skp.pegawai_id, "Pegawai")
            cocok = periode_untuk_skp(
                [
                    periode_def(p)
                    for p in periode_instansi(t.session, pegawai.instansi_id, skp.tahun)
                ],
                skp.periode_awal,
                skp.periode_akhir,
            )
            if periode.nomor not in {p.nomor for p in cocok}:
                raise UserError(
                    f"Periode {periode.nama} tidak termasuk masa SKP ini "
                    f"({skp.periode_awal:%d-%m-%Y} s.d. {skp.periode_akhir:%d-%m-%Y})."
                )
            ada = t.session.scalar(
                select(PeriodePenilaian.id).where(
                    PeriodePenilaian.skp_id == skp.id,
                    PeriodePenilaian.periode_id == periode.id,
                    PeriodePenilaian.deleted_at.is_(None),
                )
            )
            if ada is not None:
                raise UserError(f"Periode {periode.nama} sudah ada pada SKP ini.")
            pp = _tambah(
                t, PeriodePenilaian, "periode_penilaian.add", skp_id=skp.id, periode_id=periode.id
            )
            return pp.id

    # --- rencana aksi (periodic periods only) -------------------------------------------------

    def tambah_rencana_aksi(
        self,
        periode_penilaian_id: str,
        rhk_id: str,
        teks: str,
        target: str | None = None,
        satuan: str | None = None,
    ) -> str:
        with self.uow.write() as t:
            k = self._untuk_pemilik(t, periode_penilaian_id, "rencana aksi")
            _harus_periodik(k.periode)
            rhk = self._rhk_skp(t, rhk_id, k.skp)
            urutan = 1 + max(
                (
                    r.urutan
                    for r in t.session.scalars(
                        select(RencanaAksi).where(
                            RencanaAksi.periode_penilaian_id == k.pp.id,
                            RencanaAksi.rhk_id == rhk.id,
                        )
                    )
                ),
                default=0,
            )
            ra = entities.create(
                t,
                RencanaAksi,
                periode_penilaian_id=k.pp.id,
                rhk_id=rhk.id,
                urutan=urutan,
                **_isi_rencana_aksi(teks, target, satuan),
            )
            return ra.id

    def ubah_rencana_aksi(
        self, rencana_aksi_id: str, teks: str, target: str | None, satuan: str | None
    ) -> None:
        with self.uow.write() as t:
            ra = entities.get(t, RencanaAksi, rencana_aksi_id, "Rencana aksi")
            self._untuk_pemilik(t, ra.periode_penilaian_id, "rencana aksi")
            entities.update(t, ra, **_isi_rencana_aksi(teks, target, satuan))

    def hapus_rencana_aksi(self, rencana_aksi_id: str) -> None:
        with self.uow.write() as t:
            ra = entities.get(t, RencanaAksi, rencana_aksi_id, "Rencana aksi")
            self._untuk_pemilik(t, ra.periode_penilaian_id, "rencana aksi")
            entities.delete(t, ra)

    def rencana_aksi_untuk_disalin(self, periode_penilaian_id: str) -> list[SalinRencanaAksiRow]:
        """ "Salin rencana aksi dari periode sebelumnya", previewed: every RHK without rencana
        aksi in this period and what would be copied into it (nothing when none was found)."""
        with self.uow.read() as session:
            pp = session.get(PeriodePenilaian, periode_penilaian_id)
            if pp is None or pp.deleted_at is not None:
                return []
            return salin.rencana_aksi_untuk_disalin(session, pp)

    def salin_rencana_aksi(
        self, periode_penilaian_id: str, rhk_ids: Sequence[str] | None = None
    ) -> list[str]:
        """Copy the previewed rencana aksi (of the given RHK only, when given) in one unit of
        work; RHK that already have rencana aksi in this period are skipped. Returns the ids."""
        with self.uow.write() as t:
            k = self._untuk_pemilik(t, periode_penilaian_id, "rencana aksi")
            _harus_periodik(k.periode)
            return salin.salin_rencana_aksi(t, k.pp, rhk_ids)

    # --- realisasi -------------------------------------------------------------------------

    def set_realisasi(
        self, periode_penilaian_id: str, iki_id: str, teks: str, sumber_data: str | None
    ) -> str:
        """The realisasi of one IKI in one period (one per IKI: set, not added)."""
        teks = _wajib(teks, "Realisasi")
        sumber = _opsional(sumber_data)
        with self.uow.write() as t:
            k = self._untuk_pemilik(t, periode_penilaian_id, "realisasi")
            iki = self._iki_skp(t, iki_id, k.skp)
            realisasi = t.session.scalar(
                select(Realisasi).where(
                    Realisasi.periode_penilaian_id == k.pp.id,
                    Realisasi.iki_id == iki.id,
                    Realisasi.deleted_at.is_(None),
                )
            )
            if realisasi is None:
                realisasi = _tambah(
                    t,
                    Realisasi,
                    "realisasi.set",
                    periode_penilaian_id=k.pp.id,
                    iki_id=iki.id,
                    teks=teks,
                    sumber_data=sumber,
                )
            elif (realisasi.teks, realisasi.sumber_data) != (teks, sumber):
                realisasi.teks, realisasi.sumber_data = teks, sumber
                realisasi.updated_at = t.now
                t.outbox(
                    "realisasi.set",
                    realisasi.id,
                    entities.data_fields(realisasi),
                    base_version=realisasi.version,
                )
            return realisasi.id

    # --- bukti dukung ------------------------------------------------------------------------

    def tambah_bukti_dukung_link(
        self, periode_penilaian_id: str, iki_id: str, nama: str, url: str
    ) -> str:
        nama = _wajib(nama, "Nama bukti dukung")
        url = periksa_url_bukti_dukung(url)
        with self.uow.write() as t:
            k = self._untuk_pemilik(t, periode_penilaian_id, "bukti dukung")
            iki = self._iki_skp(t, iki_id, k.skp)
            bukti = _tambah(
                t,
                BuktiDukung,
                "bukti_dukung.add",
                periode_penilaian_id=k.pp.id,
                iki_id=iki.id,
                nama=nama,
                url=url,
            )
            return bukti.id

    def tambah_bukti_dukung_berkas(
        self, periode_penilaian_id: str, iki_id: str, nama: str, berkas: Path
    ) -> str:
        """Copy a local file into the blob store and record it, queued for upload.

        Refused files (type, size, deadline, role) leave nothing behind: the checks run before
        the copy, and a copy whose transaction fails is removed again.
        """
        nama = nama.strip() or berkas.name
        mime = mime_bukti_dukung(berkas.name)
        periksa_ukuran_berkas(_ukuran(berkas), self.batas_ukuran)
        tersimpan: BlobTersimpan | None = None
        try:
            with self.uow.write() as t:
                k = self._untuk_pemilik(t, periode_penilaian_id, "bukti dukung")
                iki = self._iki_skp(t, iki_id, k.skp)
                tersimpan = self.blobs.put(berkas, self.batas_ukuran)
                if t.session.get(Blob, tersimpan.sha256) is None:
                    t.session.add(
                        Blob(
                            sha256=tersimpan.sha256,
                            ukuran=tersimpan.ukuran,
                            mime=mime,
                            upload_state="pending",
                            created_at=t.now,
                        )
                    )
                bukti = _tambah(
                    t,
                    BuktiDukung,
                    "bukti_dukung.add",
                    periode_penilaian_id=k.pp.id,
                    iki_id=iki.id,
                    nama=nama,
                    blob_sha256=tersimpan.sha256,
                    nama_berkas=berkas.name,
                    ukuran=tersimpan.ukuran,
                    mime=mime,
                )
                return bukti.id
        except BaseException:
            if tersimpan is not None and tersimpan.baru:
                self.blobs.remove(tersimpan.sha256)
            raise

    def hapus_bukti_dukung(self, bukti_dukung_id: str) -> None:
        """Soft delete; the file stays in the store (other records or a pending upload may
        still need it)."""
        with self.uow.write() as t:
            bukti = entities.get(t, BuktiDukung, bukti_dukung_id, "Bukti dukung")
            self._untuk_pemilik(t, bukti.periode_penilaian_id, "bukti dukung")
            entities.delete(t, bukti)

    def berkas_untuk_dibuka(self, bukti_dukung_id: str) -> Path:
        """A copy of a bukti dukung file under its original name, for the system viewer."""
        with self.uow.read() as session:
            bukti = session.get(BuktiDukung, bukti_dukung_id)
            if bukti is None or bukti.blob_sha256 is None:
                raise UserError("Bukti dukung ini bukan berkas.")
            sha256, nama = bukti.blob_sha256, bukti.nama_berkas or bukti.nama
        if not self.blobs.exists(sha256):
            raise UserError(
                "Berkas bukti dukung belum ada di komputer ini (mungkin belum diunduh dari "
                "server). Sinkronkan lalu coba lagi."
            )
        return self.blobs.salinan_untuk_dibuka(sha256, nama)

    # --- feedback ----------------------------------------------------------------------------

    def tambah_feedback(
        self,
        periode_penilaian_id: str,
        sifat: SifatFeedback,
        teks: str,
        iki_id: str | None = None,
        nilai: NilaiBerakhlak | None = None,
    ) -> str:
        """Feedback on one IKI (hasil kerja) or one BerAKHLAK value (perilaku kerja).

        The source label (atasan, ketua tim, rekan kerja) follows from current relations.
        """
        if (iki_id is None) == (nilai is None):
            raise ValueError("give exactly one of iki_id and nilai")
        teks = _wajib(teks, "Feedback")
        with self.uow.write() as t:
            k = self._konteks(t, periode_penilaian_id)
            sumber = sumber_feedback(relasi_penilaian(t.session, t.aktor.pegawai_id, k.skp))
            if sumber is None:
                raise ForbiddenError(
                    "Anda tidak dapat memberi feedback kepada pegawai ini: hanya pejabat "
                    "penilai, ketua tim, dan rekan kerja satu unit atau satu tim."
                )
            if iki_id is not None:
                if not boleh_feedback_hasil_kerja(sumber):
                    raise ForbiddenError(PESAN_REKAN_HASIL_KERJA)
                iki_id = self._iki_skp(t, iki_id, k.skp).id
            self._periksa_batas(t, k)
            feedback = _tambah(
                t,
                Feedback,
                "feedback.add",
                periode_penilaian_id=k.pp.id,
                iki_id=iki_id,
                nilai=NilaiBerakhlak(nilai) if nilai is not None else None,
                dari_id=t.aktor.pegawai_id,
                sumber=sumber,
                sifat=SifatFeedback(sifat),
                teks=teks,
            )
            return feedback.id

    def hapus_feedback(self, feedback_id: str) -> None:
        """The author withdraws their own feedback while the period is open."""
        with self.uow.write() as t:
            feedback = entities.get(t, Feedback, feedback_id, "Feedback")
            if feedback.dari_id != t.aktor.pegawai_id:
                raise ForbiddenError("Hanya pemberi feedback yang dapat menghapusnya.")
            self._periksa_batas(t, self._konteks(t, feedback.periode_penilaian_id))
            entities.delete(t, feedback)

    # --- rating ------------------------------------------------------------------------------

    def set_rating(
        self,
        periode_penilaian_id: str,
        rating_hasil_kerja: Rating | None,
        rating_perilaku_kerja: Rating | None,
    ) -> str:
        """The PPK's ratings; the predikat follows from the matrix once both are given."""
        with self.uow.write() as t:
            k = self._konteks(t, periode_penilaian_id)
            relasi = relasi_penilaian(t.session, t.aktor.pegawai_id, k.skp)
            if not boleh_rating(relasi):
                raise ForbiddenError(
                    PESAN_RATING_KETUA_TIM if relasi.ketua_tim else PESAN_RATING_BUKAN_PPK
                )
            self._periksa_batas(t, k)
            self._periksa_feedback_dulu(t, k)
            return self._simpan_rating(t, k, rating_hasil_kerja, rating_perilaku_kerja).id

    # --- rules shared by the methods ----------------------------------------------------------

    def _simpan_rating(
        self, t: Tulis, k: _Konteks, hasil: Rating | None, perilaku: Rating | None
    ) -> PenilaianPeriode:
        hasil = Rating(hasil) if hasil is not None else None
        perilaku = Rating(perilaku) if perilaku is not None else None
        fields: dict[str, Any] = {
            "rating_hasil_kerja": hasil,
            "rating_perilaku_kerja": perilaku,
            "predikat": predikat_kinerja(hasil, perilaku) if hasil and perilaku else None,
            "dinilai_oleh_id": t.aktor.pegawai_id,
            "dinilai_pada": t.now,
        }
        # One row per periode penilaian (unique), kept even when soft-deleted elsewhere.
        penilaian = t.session.scalar(
            select(PenilaianPeriode).where(PenilaianPeriode.periode_penilaian_id == k.pp.id)
        )
        if penilaian is None:
            return _tambah(
                t, PenilaianPeriode, "rating.set", periode_penilaian_id=k.pp.id, **fields
            )
        base_version = penilaian.version
        for key, value in fields.items():
            setattr(penilaian, key, value)
        penilaian.deleted_at = None
        penilaian.updated_at = t.now
        t.outbox("rating.set", penilaian.id, entities.data_fields(penilaian), base_version)
        return penilaian

    def _periksa_feedback_dulu(self, t: Tulis, k: _Konteks) -> None:
        instansi_id = t.session.scalar(
            select(Pegawai.instansi_id).where(Pegawai.id == k.skp.pegawai_id)
        )
        instansi = t.session.get(Instansi, instansi_id) if instansi_id else None
        if instansi is not None and not instansi.wajib_feedback_sebelum_rating:
            return
        ada = t.session.scalar(
            select(Feedback.id).where(
                Feedback.periode_penilaian_id == k.pp.id,
                Feedback.sumber == SumberFeedback.ATASAN,
                Feedback.iki_id.is_not(None),
                Feedback.deleted_at.is_(None),
            )
        )
        if ada is None:
            raise UserError(PESAN_FEEDBACK_SEBELUM_RATING)

    def _konteks(self, t: Tulis, periode_penilaian_id: str) -> _Konteks:
        pp = entities.get(t, PeriodePenilaian, periode_penilaian_id, "Periode penilaian")
        skp = self._skp_disetujui(t, pp.skp_id)
        periode = entities.get(t, Periode, pp.periode_id, "Periode")
        return _Konteks(pp, skp, periode)

    def _untuk_pemilik(self, t: Tulis, periode_penilaian_id: str, apa: str) -> _Konteks:
        """The period, if the acting user owns the SKP and may still fill it in."""
        k = self._konteks(t, periode_penilaian_id)
        self._harus_pemilik(t, k.skp, apa)
        self._periksa_batas(t, k)
        return k

    def _periksa_batas(self, t: Tulis, k: _Konteks) -> None:
        periksa_batas_pengisian(
            self.uow.today(),
            k.periode.batas_pengisian,
            dibuka_ulang(t.session, k.periode.id, k.skp.unor_id, self.uow.today()) is not None,
            k.periode.nama,
        )

    @staticmethod
    def _skp_disetujui(t: Tulis, skp_id: str) -> Skp:
        skp = entities.get(t, Skp, skp_id, "SKP")
        if skp.status is not StatusSkp.PERSETUJUAN:
            raise UserError(PESAN_BELUM_DISETUJUI.format(status=skp.status.label))
        return skp

    @staticmethod
    def _harus_pemilik(t: Tulis, skp: Skp, apa: str) -> None:
        if t.aktor.pegawai_id != skp.pegawai_id:
            raise ForbiddenError(PESAN_BUKAN_PEMILIK.format(apa=apa))

    @staticmethod
    def _rhk_skp(t: Tulis, rhk_id: str, skp: Skp) -> Rhk:
        rhk = entities.get(t, Rhk, rhk_id, "RHK")
        if rhk.skp_id != skp.id:
            raise UserError("RHK ini bukan bagian dari SKP yang dinilai.")
        return rhk

    @staticmethod
    def _iki_skp(t: Tulis, iki_id: str, skp: Skp) -> Iki:
        iki = entities.get(t, Iki, iki_id, "IKI")
        rhk = t.session.get(Rhk, iki.rhk_id)
        if rhk is None or rhk.skp_id != skp.id or rhk.deleted_at is not None:
            raise UserError("IKI ini bukan bagian dari SKP yang dinilai.")
        return iki


def _tambah(t: Tulis, model: type[T], op: str, **fields: Any) -> T:
    """A new record sent as a named operation (`realisasi.set`, `feedback.add`, …)."""
    obj = model(**fields)
    t.session.add(obj)
    t.session.flush()
    t.outbox(op, obj.id, entities.data_fields(obj), base_version=0)
    return obj


def _harus_periodik(periode: Periode) -> None:
    if periode.jenis is JenisPeriode.FINAL:
        raise UserError("Rencana aksi hanya diisi pada periode periodik, bukan pada periode final.")


def _wajib(teks: str, apa: str) -> str:
    hasil = teks.strip()
    if not hasil:
        raise UserError(f"{apa} belum diisi.")
    if len(hasil) > MAKS_TEKS:
        raise UserError(
            f"{apa} terlalu panjang ({len(hasil)} karakter, paling banyak {MAKS_TEKS})."
        )
    return hasil


def _opsional(teks: str | None) -> str | None:
    hasil = (teks or "").strip()
    return hasil or None


def _isi_rencana_aksi(teks: str, target: str | None, satuan: str | None) -> dict[str, Any]:
    target_bersih = _opsional(target)
    if target_bersih is not None and len(target_bersih) > 40:
        raise UserError("Target rencana aksi paling banyak 40 karakter.")
    satuan_bersih = _opsional(satuan)
    if satuan_bersih is not None and len(satuan_bersih) > 80:
        raise UserError("Satuan rencana aksi paling banyak 80 karakter.")
    return {"teks": _wajib(teks, "Rencana aksi"), "target": target_bersih, "satuan": satuan_bersih}


def _ukuran(berkas: Path) -> int:
    try:
        if not berkas.is_file():
            raise UserError(f"Berkas {berkas.name} tidak ditemukan atau bukan berkas biasa.")
        return berkas.stat().st_size
    except OSError as error:
        raise UserError(f"Berkas {berkas.name} tidak dapat dibaca: {error.strerror}.") from error
