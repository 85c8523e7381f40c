"""Tim kerja (S000 2.3): a JPT creates teams and sets their ketua; the ketua manages anggota.

Rules, as decided from the guide:
- **Buat tim**: only a JPT (or the head of a mandiri unit, who makes the JPT-format SKP), in
  their own unit or a unit below it; names are unique per unit and year.
- **Generate SKP Organisasi** (S000 Gambar 26): a team starts with "Ketua Tim belum diatur";
  the JPT generates the team's SKP organisasi, and only then can a ketua be set. Generating
  marks the team as an organisation-level plan for its year: its RHK are the RHK classified
  *Organisasi* and tied to the team (`Rhk.tim_kerja_id`), kept in the ketua's SKP and inherited
  by the next ketua in the same year (S000: "diwariskan ke pejabat selanjutnya"). It requires
  the JPT's own SKP for that year, because the team's RHK intervene it (cascading runs top-down).
- **Set ketua**: only pegawai who already have an SKP for the team's year (S000: "Hanya pegawai
  yang telah melakukan tambah SKP"). When the ketua changes, the team's RHK in the previous
  ketua's SKP are copied, with their IKI, into the new ketua's Draft SKP of that year.
- **Anggota**: added and removed by the ketua only, again among pegawai with an SKP that year.
- **RHK for an anggota**: the ketua may add an RHK to an anggota's Draft SKP (S000 Gambar 31);
  it is classified Organisasi, tied to the team, and intervenes one of the ketua's team RHK.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisRhk, KlasifikasiRhk
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import AnggotaTim, Iki, Pegawai, Rhk, TimKerja
from ekinerja_desktop.services import entities, queries_tim
from ekinerja_desktop.services.aturan_tim import (
    adalah_jpt,
    rhk_tim_ketua,
    skp_draft_tahun,
    skp_tahun,
    tambah_rhk_ke_skp,
    tambah_rhk_tim,
    unor_di_bawah,
)
from ekinerja_desktop.services.queries_tim import (
    AnggotaRow,
    KandidatRow,
    KonteksTim,
    RhkPimpinanRow,
    TimRow,
)
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

MAKS_PANJANG_NAMA_TIM = 255


@dataclass(frozen=True)
class HasilSetKetua:
    diwariskan: int  # team RHK copied into the new ketua's Draft SKP
    tidak_diwariskan: int  # team RHK left behind: the new ketua has no Draft SKP that year


# --- the service ------------------------------------------------------------------------------


class LayananTim:
    """Tim kerja use cases; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    # --- reading ----------------------------------------------------------------------------

    def konteks(self) -> KonteksTim:
        with self.uow.read() as s:
            return queries_tim.konteks(s, self._aktor_id())

    def daftar_tim(self, tahun: int) -> list[TimRow]:
        """A JPT sees every team of their unit and below; anyone sees the teams they are in."""
        with self.uow.read() as s:
            return queries_tim.daftar_tim(s, self._aktor_id(), tahun)

    def anggota(self, tim_id: str) -> list[AnggotaRow]:
        with self.uow.read() as s:
            return queries_tim.anggota(s, tim_id)

    def cari_kandidat(
        self, tahun: int, teks: str = "", limit: int | None = None
    ) -> list[KandidatRow]:
        """Pegawai with an SKP in `tahun` whose NIP or name contains `teks` (any unit)."""
        with self.uow.read() as s:
            return queries_tim.cari_kandidat(s, tahun, teks, limit)

    def rhk_ketua(self, tim_id: str) -> list[RhkPimpinanRow]:
        """The ketua's RHK for the team: what anggota intervene."""
        with self.uow.read() as s:
            return queries_tim.rhk_ketua(s, tim_id)

    def rhk_dapat_diintervensi(self, pegawai_id: str, tahun: int) -> list[RhkPimpinanRow]:
        """The leader RHK a pegawai may intervene in `tahun` (for the SKP editor's RHK dialog)."""
        with self.uow.read() as s:
            return queries_tim.rhk_dapat_diintervensi(s, pegawai_id, tahun)

    # --- writing: the JPT -------------------------------------------------------------------

    def buat_tim(self, unor_id: str, nama: str, tahun: int) -> str:
        nama_bersih = " ".join(nama.split())
        if not nama_bersih:
            raise UserError("Nama tim kerja belum diisi.")
        if len(nama_bersih) > MAKS_PANJANG_NAMA_TIM:
            raise UserError(f"Nama tim kerja paling panjang {MAKS_PANJANG_NAMA_TIM} karakter.")
        with self.uow.write() as t:
            self._jpt_unit(t, unor_id)
            sama = t.session.scalar(
                select(TimKerja.id).where(
                    TimKerja.unor_id == unor_id,
                    TimKerja.tahun == tahun,
                    TimKerja.deleted_at.is_(None),
                    func.lower(TimKerja.nama) == nama_bersih.casefold(),
                )
            )
            if sama is not None:
                raise UserError(f"Tim kerja “{nama_bersih}” sudah ada di unit ini tahun {tahun}.")
            tim = entities.create(
                t,
                TimKerja,
                unor_id=unor_id,
                nama=nama_bersih,
                tahun=tahun,
                dibuat_oleh_id=t.aktor.pegawai_id,
                ketua_id=None,
                skp_organisasi_dibuat=False,
            )
            return tim.id

    def hapus_tim(self, tim_id: str) -> None:
        """Only a team nobody has planned with yet: RHK tied to it would lose their team."""
        with self.uow.write() as t:
            tim = self._tim_untuk_jpt(t, tim_id)
            dipakai = t.session.scalar(
                select(func.count(Rhk.id)).where(
                    Rhk.tim_kerja_id == tim.id, Rhk.deleted_at.is_(None)
                )
            )
            if dipakai:
                raise UserError(
                    f"Tim kerja “{tim.nama}” tidak dapat dihapus: masih dipakai oleh {dipakai} RHK."
                )
            for anggota in self._anggota_hidup(t.session, tim.id):
                self._keluarkan(t, tim, anggota)
            entities.delete(t, tim)

    def generate_skp_organisasi(self, tim_id: str) -> None:
        with self.uow.write() as t:
            tim = self._tim_untuk_jpt(t, tim_id)
            if tim.skp_organisasi_dibuat:
                return
            if not skp_tahun(t.session, t.aktor.pegawai_id, tim.tahun):
                raise UserError(
                    f"Buat SKP Anda tahun {tim.tahun} terlebih dahulu: RHK tim kerja "
                    "mengintervensi RHK pimpinan (cascading dimulai dari JPT)."
                )
            tim.skp_organisasi_dibuat = True
            tim.updated_at = t.now
            t.outbox(
                "tim.generate_skp_organisasi",
                tim.id,
                {"skp_organisasi_dibuat": True},
                base_version=tim.version,
            )

    def set_ketua(self, tim_id: str, pegawai_id: str) -> HasilSetKetua:
        with self.uow.write() as t:
            tim = self._tim_untuk_jpt(t, tim_id)
            if not tim.skp_organisasi_dibuat:
                raise UserError("Klik “Generate SKP Organisasi” terlebih dahulu untuk tim ini.")
            pegawai = self._pegawai_ber_skp(t, pegawai_id, tim.tahun)
            if tim.ketua_id == pegawai.id:
                return HasilSetKetua(0, 0)
            if pegawai.id in {a.pegawai_id for a in self._anggota_hidup(t.session, tim.id)}:
                raise UserError(
                    f"{pegawai.nama} adalah anggota tim ini; ketua tim perlu mengeluarkannya "
                    "dari anggota terlebih dahulu."
                )
            warisan = rhk_tim_ketua(t.session, tim)
            lama = tim.ketua_id
            tim.ketua_id = pegawai.id
            tim.updated_at = t.now
            t.outbox(
                "tim.set_ketua",
                tim.id,
                {"ketua_id": pegawai.id, "ketua_lama_id": lama},
                base_version=tim.version,
            )
            return self._wariskan(t, tim, pegawai, warisan)

    # --- writing: the ketua -------------------------------------------------------------------

    def tambah_anggota(self, tim_id: str, pegawai_id: str) -> str:
        with self.uow.write() as t:
            tim = self._tim_untuk_ketua(t, tim_id)
            pegawai = self._pegawai_ber_skp(t, pegawai_id, tim.tahun)
            if pegawai.id == tim.ketua_id:
                raise UserError("Ketua tim tidak perlu ditambahkan sebagai anggota.")
            if pegawai.id in {a.pegawai_id for a in self._anggota_hidup(t.session, tim.id)}:
                raise UserError(f"{pegawai.nama} sudah menjadi anggota tim ini.")
            anggota = AnggotaTim(tim_kerja_id=tim.id, pegawai_id=pegawai.id)
            t.session.add(anggota)
            t.session.flush()
            t.outbox(
                "tim.add_anggota",
                anggota.id,
                {"tim_kerja_id": tim.id, "pegawai_id": pegawai.id},
                base_version=0,
            )
            return anggota.id

    def hapus_anggota(self, tim_id: str, pegawai_id: str) -> None:
        """The membership ends; RHK the anggota already has for the team stay in their SKP."""
        with self.uow.write() as t:
            tim = self._tim_untuk_ketua(t, tim_id)
            anggota = [
                a for a in self._anggota_hidup(t.session, tim.id) if a.pegawai_id == pegawai_id
            ]
            if not anggota:
                raise UserError("Pegawai tersebut bukan anggota tim ini.")
            for a in anggota:
                self._keluarkan(t, tim, a)

    def tambah_rhk_anggota(
        self,
        tim_id: str,
        pegawai_id: str,
        rhk_diintervensi_id: str,
        teks: str,
        jenis: JenisRhk = JenisRhk.UTAMA,
        indikator: str | None = None,
        skp_id: str | None = None,
    ) -> str:
        """The ketua adds an RHK to an anggota's Draft SKP, intervening a team RHK of theirs."""
        with self.uow.write() as t:
            tim = self._tim_untuk_ketua(t, tim_id)
            return tambah_rhk_tim(
                t, tim, pegawai_id, rhk_diintervensi_id, teks, jenis, indikator, skp_id
            )

    # --- helpers ------------------------------------------------------------------------------

    def _aktor_id(self) -> str:
        if self.uow.aktor is None:
            raise ForbiddenError("Masuk terlebih dahulu.")
        return self.uow.aktor.pegawai_id

    @staticmethod
    def _jpt_unit(t: Tulis, unor_id: str) -> Pegawai:
        """The acting JPT, if `unor_id` is their unit or below it."""
        aktor = entities.get(t, Pegawai, t.aktor.pegawai_id, "Pegawai")
        if not adalah_jpt(aktor):
            raise ForbiddenError("Hanya JPT/pimpinan unit yang dapat mengelola tim kerja.")
        if unor_id not in unor_di_bawah(t.session, aktor.unor_id):
            raise ForbiddenError("Tim kerja hanya dapat dikelola di unit kerja Anda.")
        return aktor

    def _tim_untuk_jpt(self, t: Tulis, tim_id: str) -> TimKerja:
        tim = entities.get(t, TimKerja, tim_id, "Tim kerja")
        self._jpt_unit(t, tim.unor_id)
        return tim

    @staticmethod
    def _tim_untuk_ketua(t: Tulis, tim_id: str) -> TimKerja:
        tim = entities.get(t, TimKerja, tim_id, "Tim kerja")
        if tim.ketua_id != t.aktor.pegawai_id:
            raise ForbiddenError("Hanya ketua tim yang dapat mengatur anggota tim ini.")
        return tim

    @staticmethod
    def _pegawai_ber_skp(t: Tulis, pegawai_id: str, tahun: int) -> Pegawai:
        pegawai = entities.get(t, Pegawai, pegawai_id, "Pegawai")
        if not skp_tahun(t.session, pegawai.id, tahun):
            raise UserError(
                f"{pegawai.nama} belum membuat SKP tahun {tahun}; hanya pegawai yang sudah "
                "membuat SKP yang dapat dipilih."
            )
        return pegawai

    @staticmethod
    def _keluarkan(t: Tulis, tim: TimKerja, anggota: AnggotaTim) -> None:
        """Soft delete, so the removal syncs (and could be undone)."""
        anggota.deleted_at = t.now
        t.outbox(
            "tim.remove_anggota",
            anggota.id,
            {"tim_kerja_id": tim.id, "pegawai_id": anggota.pegawai_id},
            base_version=anggota.version,
        )

    @staticmethod
    def _anggota_hidup(session: Session, tim_id: str) -> list[AnggotaTim]:
        return list(
            session.scalars(
                select(AnggotaTim).where(
                    AnggotaTim.tim_kerja_id == tim_id, AnggotaTim.deleted_at.is_(None)
                )
            )
        )

    @staticmethod
    def _wariskan(t: Tulis, tim: TimKerja, ketua: Pegawai, warisan: list[Rhk]) -> HasilSetKetua:
        """Copy the previous ketua's team RHK (with IKI) into the new ketua's Draft SKP."""
        if not warisan:
            return HasilSetKetua(0, 0)
        tujuan = skp_draft_tahun(t.session, ketua.id, tim.tahun)
        if tujuan is None:
            return HasilSetKetua(0, len(warisan))
        sudah = {r.teks for r in tujuan.rhk if r.tim_kerja_id == tim.id and r.deleted_at is None}
        disalin = 0
        for asal in warisan:
            if asal.teks in sudah:
                continue
            baru = tambah_rhk_ke_skp(
                t,
                tujuan,
                asal.teks,
                asal.jenis,
                KlasifikasiRhk.ORGANISASI,
                tim_kerja_id=tim.id,
                rhk_diintervensi_id=asal.rhk_diintervensi_id,
                penugasan_dari=asal.penugasan_dari,
            )
            for iki in asal.iki:
                if iki.deleted_at is None:
                    entities.create(
                        t,
                        Iki,
                        rhk_id=baru.id,
                        indikator=iki.indikator,
                        target_min=iki.target_min,
                        target_max=iki.target_max,
                        satuan=iki.satuan,
                        perspektif=iki.perspektif,
                        aspek=iki.aspek,
                        urutan=iki.urutan,
                    )
            disalin += 1
        return HasilSetKetua(disalin, 0)
