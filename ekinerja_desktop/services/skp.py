"""Use cases of the SKP aggregate: create, content edits (RHK, IKI, order, lampiran, manual
IKI), ekspektasi khusus, validation and submission, status transitions, and the reads of the
SKP editor. Every public method is one unit of work: data and outbox entry commit together,
and a refused call writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    PESAN_TERKUNCI,
    JenisLampiran,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    KlasifikasiRhk,
    NilaiBerakhlak,
    Pendekatan,
    PeranSkp,
    StatusSkp,
    Temuan,
    ada_error,
    boleh_edit_isi,
    periksa_periode_skp,
    periksa_transisi,
    periode_bertumpuk,
    validasi_skp,
)
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import (
    EkspektasiKhusus,
    Iki,
    LampiranItem,
    ManualIki,
    Pegawai,
    PltPlh,
    Rhk,
    RiwayatStatusSkp,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.models.base import new_id
from ekinerja_desktop.services import entities, queries_skp, salin
from ekinerja_desktop.services.queries import SkpRow, daftar_skp
from ekinerja_desktop.services.queries_skp import (
    STATUS_EKSPEKTASI,
    InfoTambahSkp,
    RhkPimpinanRow,
    RhkRow,
    RiwayatRow,
    SkpEditorData,
    memimpin_unor_mandiri,
)
from ekinerja_desktop.services.salin import HasilSalin, SkpSumberRow
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

# The op a status change is sent as (SYNC.md "Operations").
OP_STATUS = {
    (StatusSkp.DRAFT, StatusSkp.PENGAJUAN): "skp.submit",
    (StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN): "skp.approve",
    (StatusSkp.PENGAJUAN, StatusSkp.DRAFT): "skp.return",
}

# What an RHK dialog may set besides the text, jenis and klasifikasi.
FIELD_RHK = frozenset(
    {"teks", "jenis", "klasifikasi", "unor_id", "tim_kerja_id", "penugasan_dari",
     "rhk_diintervensi_id"}
)  # fmt: skip
FIELD_MANUAL = frozenset(
    {"tujuan", "definisi", "formula", "satuan", "kualitas_tingkat_kendali", "sumber_data",
     "periode_pelaporan"}
)  # fmt: skip


class SkpBelumValid(UserError):
    """ "Ajukan SKP" refused: carries every finding, so the screen can list them all at once."""

    def __init__(self, temuan: Sequence[Temuan]) -> None:
        self.temuan = tuple(temuan)
        errors = [t.pesan for t in self.temuan if t.tingkat == "ERROR"]
        super().__init__(
            f"SKP belum dapat diajukan ({len(errors)} kesalahan):\n"
            + "\n".join(f"• {pesan}" for pesan in errors)
        )


def snapshot_pegawai(pegawai: Pegawai | None) -> dict[str, str]:
    """What a printed SKP shows of a person, frozen at drafting time."""
    if pegawai is None:
        return {}
    return {
        "id": pegawai.id,
        "nama": pegawai.nama,
        "nip": pegawai.nip,
        "golongan": pegawai.golongan or "",
        "jabatan": pegawai.jabatan,
        "unor": pegawai.unor.nama,
    }


def jenis_skp_untuk(pegawai: Pegawai) -> JenisSkp:
    """JPT and heads of a mandiri unit make the JPT format; everyone else JA/JF."""
    if pegawai.kelompok_jabatan is KelompokJabatan.JPT or memimpin_unor_mandiri(pegawai):
        return JenisSkp.JPT
    return JenisSkp.JA_JF


def peran_aktor(t: Tulis, skp: Skp) -> PeranSkp | None:
    """The acting user's role towards this SKP, from current relations."""
    return queries_skp.peran(t.session, t.aktor, skp)


def buat_draft(
    t: Tulis,
    pegawai: Pegawai,
    unor_id: str,
    periode_awal: date,
    periode_akhir: date,
    pendekatan: Pendekatan,
    plt_plh_id: str | None = None,
) -> str:
    """A Draft SKP of `pegawai` with the snapshots of them and their pejabat penilai; the
    caller has checked who may create it and that it overlaps nothing."""
    penilai = pegawai.atasan
    skp = entities.create(
        t,
        Skp,
        pegawai_id=pegawai.id,
        unor_id=unor_id,
        pejabat_penilai_id=penilai.id if penilai else None,
        atasan_pejabat_penilai_id=penilai.atasan_id if penilai else None,
        snapshot_pegawai=snapshot_pegawai(pegawai),
        snapshot_pejabat_penilai=snapshot_pegawai(penilai),
        snapshot_atasan_pejabat_penilai=snapshot_pegawai(penilai.atasan if penilai else None),
        tahun=periode_awal.year,
        periode_awal=periode_awal,
        periode_akhir=periode_akhir,
        pendekatan=pendekatan,
        jenis=jenis_skp_untuk(pegawai),
        plt_plh_id=plt_plh_id,
    )
    return skp.id


class LayananSkp:
    """SKP use cases; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    # --- the SKP itself -------------------------------------------------------------------

    def buat_skp(
        self,
        periode_awal: date,
        periode_akhir: date,
        pendekatan: Pendekatan,
        plt_plh_id: str | None = None,
    ) -> str:
        """The acting pegawai's new Draft SKP; returns its id."""
        periksa_periode_skp(periode_awal, periode_akhir)
        with self.uow.write() as t:
            pegawai = entities.get(t, Pegawai, t.aktor.pegawai_id, "Pegawai")
            plt = self._plt_aktif(t, plt_plh_id, pegawai) if plt_plh_id else None
            self._tolak_bertumpuk(t, pegawai.id, periode_awal, periode_akhir, plt_plh_id)
            unor_id = plt.unor_id if plt else pegawai.unor_id
            plt_id = plt.id if plt else None
            return buat_draft(t, pegawai, unor_id, periode_awal, periode_akhir, pendekatan, plt_id)

    def muat_ulang_snapshot(self, skp_id: str) -> None:
        """ "Muat ulang": refresh the pegawai and pejabat penilai from current master data."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            pegawai = entities.get(t, Pegawai, skp.pegawai_id, "Pegawai")
            penilai = pegawai.atasan
            entities.update(
                t,
                skp,
                pejabat_penilai_id=penilai.id if penilai else None,
                atasan_pejabat_penilai_id=penilai.atasan_id if penilai else None,
                snapshot_pegawai=snapshot_pegawai(pegawai),
                snapshot_pejabat_penilai=snapshot_pegawai(penilai),
                snapshot_atasan_pejabat_penilai=snapshot_pegawai(
                    penilai.atasan if penilai else None
                ),
            )

    def hapus_skp(self, skp_id: str) -> None:
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            entities.delete(t, skp)

    # --- RHK --------------------------------------------------------------------------------

    def tambah_rhk(
        self,
        skp_id: str,
        teks: str,
        jenis: JenisRhk = JenisRhk.UTAMA,
        klasifikasi: KlasifikasiRhk = KlasifikasiRhk.INDIVIDU,
        **fields: Any,
    ) -> str:
        """A new RHK at the end of its group (Utama/Tambahan); returns its id."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            self._periksa_field_rhk(t, skp, {"klasifikasi": klasifikasi, **fields})
            urutan = 1 + max((r.urutan for r in self._rhk(t, skp) if r.jenis is jenis), default=0)
            rhk = entities.create(
                t,
                Rhk,
                skp_id=skp.id,
                teks=teks,
                jenis=jenis,
                klasifikasi=klasifikasi,
                urutan=urutan,
                **fields,
            )
            self._isi_berubah(t, skp)
            return rhk.id

    def ubah_rhk(self, rhk_id: str, **fields: Any) -> None:
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            after = {
                "klasifikasi": rhk.klasifikasi,
                "unor_id": rhk.unor_id,
                "tim_kerja_id": rhk.tim_kerja_id,
                **fields,
            }
            self._periksa_field_rhk(t, skp, after, rhk_id=rhk.id)
            if entities.update(t, rhk, **fields):
                self._isi_berubah(t, skp)

    def hapus_rhk(self, rhk_id: str) -> list[str]:
        """Deletes the RHK with its IKI (soft, so undo can restore them); returns those IKI."""
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            deleted = []
            for iki in rhk.iki:
                if iki.deleted_at is None:
                    entities.delete(t, iki)
                    deleted.append(iki.id)
            entities.delete(t, rhk)
            self._isi_berubah(t, skp)
            return deleted

    def pulihkan_rhk(self, rhk_id: str, iki_ids: Sequence[str] | None = None) -> None:
        """Undo of `hapus_rhk`: the RHK back, with the IKI deleted together with it (or the
        given ones), at its old place."""
        with self.uow.write() as t:
            rhk = t.session.get(Rhk, rhk_id)
            if rhk is None:
                raise NotFoundError("RHK tidak ditemukan.")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            if rhk.deleted_at is None:
                return
            waktu = rhk.deleted_at
            for iki in rhk.iki:
                ikut = iki.id in iki_ids if iki_ids is not None else iki.deleted_at == waktu
                if ikut:
                    entities.restore(t, iki)
            entities.restore(t, rhk)
            self._isi_berubah(t, skp)

    def atur_urutan_rhk(self, skp_id: str, urutan: Mapping[JenisRhk, Sequence[str]]) -> None:
        """Drag and drop: each listed RHK gets its group's jenis and its place in the list."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            milik = {r.id: r for r in self._rhk(t, skp)}
            ids = [i for daftar in urutan.values() for i in daftar]
            if len(set(ids)) != len(ids) or not set(ids) <= set(milik):
                raise UserError("Urutan RHK tidak cocok dengan isi SKP; muat ulang lalu coba lagi.")
            berubah = False
            for jenis, daftar in urutan.items():
                for nomor, rhk_id in enumerate(daftar, start=1):
                    berubah |= entities.update(t, milik[rhk_id], jenis=jenis, urutan=nomor)
            if berubah:
                self._isi_berubah(t, skp)

    # --- IKI --------------------------------------------------------------------------------

    def tambah_iki(self, rhk_id: str, indikator: str, **fields: Any) -> str:
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            urutan = 1 + max((i.urutan for i in rhk.iki if i.deleted_at is None), default=0)
            iki = entities.create(
                t, Iki, rhk_id=rhk.id, indikator=indikator, urutan=urutan, **fields
            )
            self._isi_berubah(t, skp)
            return iki.id

    def ubah_iki(self, iki_id: str, **fields: Any) -> None:
        with self.uow.write() as t:
            iki = entities.get(t, Iki, iki_id, "IKI")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            if entities.update(t, iki, **fields):
                self._isi_berubah(t, skp)

    def hapus_iki(self, iki_id: str) -> None:
        with self.uow.write() as t:
            iki = entities.get(t, Iki, iki_id, "IKI")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            entities.delete(t, iki)
            self._isi_berubah(t, skp)

    def pulihkan_iki(self, iki_id: str) -> None:
        with self.uow.write() as t:
            iki = t.session.get(Iki, iki_id)
            if iki is None:
                raise NotFoundError("IKI tidak ditemukan.")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            if iki.rhk.deleted_at is not None:
                raise UserError("RHK dari IKI ini sudah dihapus; pulihkan RHK-nya terlebih dahulu.")
            if iki.deleted_at is not None:
                entities.restore(t, iki)
                self._isi_berubah(t, skp)

    def atur_urutan_iki(self, urutan: Mapping[str, Sequence[str]]) -> None:
        """Drag and drop of IKI: RHK id → its IKI in order; an IKI listed under another RHK of
        the same SKP moves there."""
        with self.uow.write() as t:
            rhk = {i: entities.get(t, Rhk, i, "RHK") for i in urutan}
            skp_ids = {r.skp_id for r in rhk.values()}
            if len(skp_ids) != 1:
                raise UserError("IKI hanya dapat dipindahkan di dalam satu SKP.")
            skp = self._skp_untuk_edit(t, skp_ids.pop())
            ids = [i for daftar in urutan.values() for i in daftar]
            iki = {i: t.session.get(Iki, i) for i in ids}
            if len(set(ids)) != len(ids) or any(
                x is None or x.deleted_at is not None or x.rhk.skp_id != skp.id
                for x in iki.values()
            ):
                raise UserError("Urutan IKI tidak cocok dengan isi SKP; muat ulang lalu coba lagi.")
            berubah = False
            for rhk_id, daftar in urutan.items():
                for nomor, iki_id in enumerate(daftar, start=1):
                    obj = iki[iki_id]
                    assert obj is not None
                    berubah |= entities.update(t, obj, rhk_id=rhk_id, urutan=nomor)
            if berubah:
                self._isi_berubah(t, skp)

    # --- copy from an earlier SKP (USERS.md pain 9) ------------------------------------------

    def skp_sumber_salinan(self, skp_id: str) -> list[SkpSumberRow]:
        """The owner's earlier SKPs to copy RHK from, newest first; empty for anyone else."""
        with self.uow.read() as session:
            skp = self._skp_milik_aktor(session, skp_id)
            return salin.skp_sumber(session, skp) if skp else []

    def isi_skp_sumber(self, skp_id: str, sumber_id: str) -> tuple[RhkRow, ...]:
        """The RHK and IKI of an earlier SKP of the same owner, as the copy dialog lists them."""
        with self.uow.read() as session:
            skp = self._skp_milik_aktor(session, skp_id)
            sumber = queries_skp.skp_hidup(session, sumber_id)
            if skp is None or sumber is None or sumber.pegawai_id != skp.pegawai_id:
                return ()
            return queries_skp.baris_rhk(session, sumber.id)

    def salin_dari_skp(
        self, skp_id: str, sumber_id: str, pilihan: Mapping[str, Sequence[str]]
    ) -> HasilSalin:
        """ "Salin dari SKP sebelumnya": the chosen RHK of `sumber_id` (RHK id → ids of its IKI
        to copy) added at the end of their groups, all in one unit of work."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            sumber = entities.get(t, Skp, sumber_id, "SKP sumber")
            hasil = salin.salin_rhk(t, skp, sumber, pilihan)
            self._isi_berubah(t, skp)
            return hasil

    def hapus_salinan(self, skp_id: str, salinan: HasilSalin) -> None:
        """Undo of `salin_dari_skp`: exactly what it created, deleted (soft)."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            salin.hapus_salinan(t, skp, salinan)
            self._isi_berubah(t, skp)

    def pulihkan_salinan(self, skp_id: str, salinan: HasilSalin) -> None:
        """Redo of `salin_dari_skp` after its undo: the same records back."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            salin.pulihkan_salinan(t, skp, salinan)
            self._isi_berubah(t, skp)

    # --- lampiran ---------------------------------------------------------------------------

    def tambah_lampiran(self, skp_id: str, jenis: JenisLampiran, teks: str) -> str:
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            items = self._lampiran(t, skp.id, jenis)
            item = entities.create(
                t,
                LampiranItem,
                skp_id=skp.id,
                jenis=jenis,
                teks=teks,
                urutan=1 + max((i.urutan for i in items), default=0),
            )
            self._isi_berubah(t, skp)
            return item.id

    def ubah_lampiran(self, item_id: str, teks: str) -> None:
        with self.uow.write() as t:
            item = entities.get(t, LampiranItem, item_id, "Butir lampiran")
            skp = self._skp_untuk_edit(t, item.skp_id)
            if entities.update(t, item, teks=teks):
                self._isi_berubah(t, skp)

    def hapus_lampiran(self, item_id: str) -> None:
        with self.uow.write() as t:
            item = entities.get(t, LampiranItem, item_id, "Butir lampiran")
            skp = self._skp_untuk_edit(t, item.skp_id)
            entities.delete(t, item)
            self._isi_berubah(t, skp)

    def pulihkan_lampiran(self, item_id: str) -> None:
        with self.uow.write() as t:
            item = t.session.get(LampiranItem, item_id)
            if item is None:
                raise NotFoundError("Butir lampiran tidak ditemukan.")
            skp = self._skp_untuk_edit(t, item.skp_id)
            if item.deleted_at is not None:
                entities.restore(t, item)
                self._isi_berubah(t, skp)

    def atur_urutan_lampiran(self, skp_id: str, jenis: JenisLampiran, ids: Sequence[str]) -> None:
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            items = {i.id: i for i in self._lampiran(t, skp.id, jenis)}
            if sorted(ids) != sorted(items):
                raise UserError("Urutan lampiran tidak cocok; muat ulang lalu coba lagi.")
            berubah = False
            for nomor, item_id in enumerate(ids, start=1):
                berubah |= entities.update(t, items[item_id], urutan=nomor)
            if berubah:
                self._isi_berubah(t, skp)

    # --- manual indikator kinerja (JPT) ------------------------------------------------------

    def atur_manual_iki(self, iki_id: str, **fields: Any) -> None:
        """Write the Manual Indikator Kinerja of one IKI of a JPT SKP (created on first write)."""
        unknown = set(fields) - FIELD_MANUAL
        if unknown:
            raise TypeError(f"not a manual IKI field: {sorted(unknown)}")
        with self.uow.write() as t:
            iki = entities.get(t, Iki, iki_id, "IKI")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            if skp.jenis is not JenisSkp.JPT:
                raise UserError(
                    "Manual Indikator Kinerja hanya untuk SKP JPT/pimpinan unit mandiri."
                )
            manual = t.session.scalar(select(ManualIki).where(ManualIki.iki_id == iki.id))
            if manual is None:
                entities.create(t, ManualIki, iki_id=iki.id, **fields)
                berubah = True
            else:
                entities.restore(t, manual)
                berubah = entities.update(t, manual, **fields)
            if berubah:
                self._isi_berubah(t, skp)

    # --- ekspektasi khusus (the PPK's) --------------------------------------------------------

    def atur_ekspektasi(self, skp_id: str, nilai: NilaiBerakhlak, teks: str) -> None:
        """The pejabat penilai's ekspektasi khusus for one BerAKHLAK value, while the SKP is
        drafted or under review (S000 2.2.1, 2.6.2); sent as one `ekspektasi.set`."""
        with self.uow.write() as t:
            skp = entities.get(t, Skp, skp_id, "SKP")
            if peran_aktor(t, skp) is not PeranSkp.PEJABAT_PENILAI:
                raise ForbiddenError(
                    "Hanya pejabat penilai SKP ini yang dapat menulis ekspektasi khusus."
                )
            if skp.status not in STATUS_EKSPEKTASI:
                raise UserError(
                    "Ekspektasi khusus hanya dapat diubah selama SKP berstatus Draft atau "
                    "Pengajuan; kembalikan SKP ke Pengajuan atau Draft terlebih dahulu."
                )
            row = t.session.scalar(
                select(EkspektasiKhusus).where(
                    EkspektasiKhusus.skp_id == skp.id, EkspektasiKhusus.nilai == nilai
                )
            )
            teks = teks.strip()
            if row is None:
                if not teks:
                    return
                row = EkspektasiKhusus(skp_id=skp.id, nilai=nilai, teks=teks)
                t.session.add(row)
                t.session.flush()
            elif row.teks == teks and row.deleted_at is None:
                return
            else:
                row.teks = teks
                row.deleted_at = None
                row.updated_at = t.now
            t.outbox(
                "ekspektasi.set",
                row.id,
                {"skp_id": skp.id, "nilai": nilai, "teks": teks},
                base_version=row.version,
            )

    # --- validation and submission ------------------------------------------------------------

    def validasi(self, skp_id: str) -> list[Temuan]:
        """Every finding of the domain's checks, in the editor's row order."""
        with self.uow.read() as session:
            skp = queries_skp.skp_hidup(session, skp_id)
            if skp is None:
                raise NotFoundError("SKP tidak ditemukan (mungkin sudah dihapus).")
            return validasi_skp(queries_skp.untuk_validasi(session, skp))

    def ajukan_skp(self, skp_id: str, ke: StatusSkp = StatusSkp.PENGAJUAN) -> list[Temuan]:
        """ "Ajukan SKP" (or, for the head of a mandiri unit, set it directly): refused with
        every error when validation fails; warnings do not block and are returned."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            return self._ubah_status(t, skp, ke, None)

    # --- status ---------------------------------------------------------------------------

    def ubah_status(self, skp_id: str, ke: StatusSkp, catatan: str | None = None) -> None:
        """A status transition by the acting user, per the domain status machine, recorded."""
        with self.uow.write() as t:
            skp = entities.get(t, Skp, skp_id, "SKP")
            self._ubah_status(t, skp, ke, catatan)

    # --- reads ------------------------------------------------------------------------------

    def muat_editor(self, skp_id: str) -> SkpEditorData | None:
        """What the SKP editor shows to the acting user; None when the SKP is gone."""
        with self.uow.read() as session:
            return queries_skp.muat_editor(session, self.uow.aktor, skp_id)

    def rhk_pimpinan(self, skp_id: str) -> list[RhkPimpinanRow]:
        """The leader RHK an RHK of this SKP may intervene (atasan, ketua tim)."""
        with self.uow.read() as session:
            skp = queries_skp.skp_hidup(session, skp_id)
            return queries_skp.rhk_pimpinan(session, skp) if skp else []

    def riwayat_status(self, skp_id: str) -> list[RiwayatRow]:
        with self.uow.read() as session:
            return list(queries_skp.baris_riwayat(session, skp_id))

    def skp_bawahan(self) -> list[SkpRow]:
        """The SKPs the acting user reviews as pejabat penilai, with their status."""
        aktor = self.uow.aktor
        if aktor is None:
            return []
        with self.uow.read() as session:
            return daftar_skp(session, pejabat_penilai_id=aktor.pegawai_id)

    def info_tambah_skp(self) -> InfoTambahSkp | None:
        aktor = self.uow.aktor
        if aktor is None:
            return None
        with self.uow.read() as session:
            return queries_skp.info_tambah_skp(session, aktor.pegawai_id, self.uow.today())

    def tim_untuk_rhk(self, skp_id: str) -> list[tuple[str, str]]:
        """(id, nama) of the tim kerja an organisasi RHK of this SKP may be tied to: the teams
        of the SKP's year this pegawai leads or belongs to."""
        with self.uow.read() as session:
            skp = queries_skp.skp_hidup(session, skp_id)
            if skp is None:
                return []
            teams = {tim.id: tim.nama for tim, _ in queries_skp.tim_terkait(session, skp)}
            return sorted(teams.items(), key=lambda item: item[1])

    # --- rules shared by the edits --------------------------------------------------------

    def _ubah_status(self, t: Tulis, skp: Skp, ke: StatusSkp, catatan: str | None) -> list[Temuan]:
        """The transition, recorded; leaving Draft is refused while validation finds errors
        (whichever screen asks), and its warnings are returned."""
        peran = peran_aktor(t, skp)
        if peran is None:
            raise ForbiddenError("Anda tidak berwenang mengubah status SKP ini.")
        dari = skp.status
        catatan = catatan.strip() if catatan else None
        periksa_transisi(dari, ke, peran, catatan)
        temuan: list[Temuan] = []
        if dari is StatusSkp.DRAFT and ke is not StatusSkp.DRAFT:
            temuan = validasi_skp(queries_skp.untuk_validasi(t.session, skp))
            if ada_error(temuan):
                raise SkpBelumValid(temuan)
        skp.status = ke
        if ke is StatusSkp.DRAFT:
            skp.catatan_perbaikan = catatan
        # The history row's id travels with the op, so the server's copy is the same row and a
        # pull does not show the transition twice.
        riwayat_id = new_id()
        t.outbox(
            OP_STATUS.get((dari, ke), "skp.set_status"),
            skp.id,
            {
                "dari": dari,
                "ke": ke,
                "catatan": catatan,
                "versi_isi": skp.versi_isi,
                "riwayat_id": riwayat_id,
            },
            base_version=skp.version,
        )
        pelaku = t.session.get(Pegawai, t.aktor.pegawai_id)
        t.session.add(
            RiwayatStatusSkp(
                id=riwayat_id,
                skp_id=skp.id,
                oleh_id=t.aktor.pegawai_id,
                oleh_nama=pelaku.nama if pelaku else t.aktor.nama,
                waktu=t.now,
                dari=dari,
                ke=ke,
                catatan=catatan,
            )
        )
        return temuan

    def _skp_untuk_edit(self, t: Tulis, skp_id: str) -> Skp:
        """The SKP, if the acting user may edit its content now."""
        skp = entities.get(t, Skp, skp_id, "SKP")
        if t.aktor.pegawai_id != skp.pegawai_id:
            raise ForbiddenError("Hanya pemilik SKP yang dapat mengubah isinya.")
        if not boleh_edit_isi(skp.status):
            raise UserError(PESAN_TERKUNCI)
        return skp

    def _skp_milik_aktor(self, session: Session, skp_id: str) -> Skp | None:
        skp = queries_skp.skp_hidup(session, skp_id)
        aktor = self.uow.aktor
        if skp is None or aktor is None or aktor.pegawai_id != skp.pegawai_id:
            return None
        return skp

    @staticmethod
    def _rhk(t: Tulis, skp: Skp) -> list[Rhk]:
        return [r for r in skp.rhk if r.deleted_at is None]

    @staticmethod
    def _lampiran(t: Tulis, skp_id: str, jenis: JenisLampiran) -> list[LampiranItem]:
        query = select(LampiranItem).where(
            LampiranItem.skp_id == skp_id,
            LampiranItem.jenis == jenis,
            LampiranItem.deleted_at.is_(None),
        )
        return list(t.session.scalars(query))

    @staticmethod
    def _periksa_field_rhk(
        t: Tulis, skp: Skp, fields: Mapping[str, Any], rhk_id: str | None = None
    ) -> None:
        """The references an RHK carries must hold: a tie for an organisasi RHK, a live leader
        RHK from another SKP to intervene."""
        unknown = set(fields) - FIELD_RHK
        if unknown:
            raise TypeError(f"not an RHK field: {sorted(unknown)}")
        organisasi = fields.get("klasifikasi") is KlasifikasiRhk.ORGANISASI
        unor_id, tim_id = fields.get("unor_id"), fields.get("tim_kerja_id")
        if organisasi and not (unor_id or tim_id):
            raise UserError("RHK organisasi wajib tertaut ke unit organisasi atau tim kerja.")
        if unor_id and t.session.get(Unor, unor_id) is None:
            raise NotFoundError("Unit organisasi RHK tidak ditemukan.")
        if tim_id and t.session.get(TimKerja, tim_id) is None:
            raise NotFoundError("Tim kerja RHK tidak ditemukan.")
        leader_id = fields.get("rhk_diintervensi_id")
        if leader_id:
            leader = t.session.get(Rhk, leader_id)
            if leader is None or leader.deleted_at is not None:
                raise NotFoundError("RHK pimpinan yang diintervensi tidak ditemukan.")
            if leader.skp_id == skp.id or leader_id == rhk_id:
                raise UserError("RHK tidak dapat mengintervensi RHK dari SKP-nya sendiri.")

    @staticmethod
    def _isi_berubah(t: Tulis, skp: Skp) -> None:
        # Approval binds to the content version the PPK saw (SYNC.md "stale_review").
        skp.versi_isi += 1
        skp.updated_at = t.now

    @staticmethod
    def _plt_aktif(t: Tulis, plt_plh_id: str, pegawai: Pegawai) -> PltPlh:
        plt = entities.get(t, PltPlh, plt_plh_id, "Penugasan PLT/PLH")
        if plt.pegawai_id != pegawai.id or not plt.aktif:
            raise UserError("SKP PLT/PLH hanya untuk penugasan PLT/PLH Anda yang aktif.")
        return plt

    @staticmethod
    def _tolak_bertumpuk(
        t: Tulis, pegawai_id: str, awal: date, akhir: date, plt_plh_id: str | None
    ) -> None:
        """SKPs of the same kind (definitive, or the same PLT/PLH) must not overlap."""
        query = select(Skp).where(
            Skp.pegawai_id == pegawai_id,
            Skp.deleted_at.is_(None),
            Skp.plt_plh_id.is_(None) if plt_plh_id is None else Skp.plt_plh_id == plt_plh_id,
        )
        for other in t.session.scalars(query):
            if periode_bertumpuk(awal, akhir, other.periode_awal, other.periode_akhir):
                raise UserError(
                    "Periode SKP bertumpuk dengan SKP lain "
                    f"({other.periode_awal:%d-%m-%Y} s.d. {other.periode_akhir:%d-%m-%Y})."
                )
