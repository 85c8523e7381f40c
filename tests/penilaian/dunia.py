"""A small instansi for the penilaian tests: a kepala (PPK) with five approved subordinates,
one of them ketua of a team, a colleague in another unit on that team, and the quarterly
periods of 2026."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    Aspek,
    JenisJabatan,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    Pendekatan,
    PolaPeriode,
    StatusSkp,
    buat_periode,
)
from ekinerja_desktop.models import (
    AnggotaTim,
    Iki,
    Instansi,
    Pegawai,
    Periode,
    Rhk,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.services.uow import Aktor

TAHUN = 2026
# TW1 runs to 31 March; its batas pengisian is 5 April 2026.
DALAM_TW1 = datetime(TAHUN, 3, 20, 9, 0)
SESUDAH_BATAS_TW1 = datetime(TAHUN, 4, 6, 9, 0)


@dataclass
class SkpUji:
    id: str
    rhk_ids: list[str]
    iki_ids: list[str]


@dataclass
class Dunia:
    instansi_id: str
    unor_id: str
    unor_lain_id: str
    kepala: Aktor
    bawahan: list[Aktor]  # five; bawahan[0] is the ketua tim, bawahan[1] is in the team
    lain_unit: Aktor  # another unit, same team as bawahan[1]
    luar: Aktor  # another unit, no team: no relation at all
    periode: dict[str, str]  # "TW1".."TW4", "FINAL" → periode id
    skp: dict[str, SkpUji] = field(default_factory=dict)  # pegawai id → approved SKP

    @property
    def ketua(self) -> Aktor:
        return self.bawahan[0]

    @property
    def staf(self) -> Aktor:
        return self.bawahan[1]

    @property
    def rekan(self) -> Aktor:
        """Same unit as the staf, not in the team."""
        return self.bawahan[2]


NAMA_BAWAHAN = ("Ketua Tim Uji", "Staf Uji", "Rekan Uji", "Analis Uji", "Pranata Uji")


def buat_dunia(db: Database, status_staf: StatusSkp = StatusSkp.PERSETUJUAN) -> Dunia:
    with db.write_session() as s, s.begin():
        instansi = Instansi(nama="Instansi Uji", pola_periode=PolaPeriode.TRIWULANAN)
        s.add(instansi)
        s.flush()
        biro = Unor(instansi_id=instansi.id, nama="Biro Uji", kota="Mataram")
        s.add(biro)
        s.flush()
        bagian = Unor(
            instansi_id=instansi.id, nama="Bagian Uji", unor_atasan_id=biro.id, kota="Mataram"
        )
        lain = Unor(instansi_id=instansi.id, nama="Bagian Lain", unor_atasan_id=biro.id)
        s.add_all([bagian, lain])
        s.flush()
        periode: dict[str, str] = {}
        for d in buat_periode(PolaPeriode.TRIWULANAN, TAHUN):
            row = Periode(
                instansi_id=instansi.id,
                tahun=TAHUN,
                nomor=d.nomor,
                nama=d.nama,
                awal=d.awal,
                akhir=d.akhir,
                batas_pengisian=d.batas_pengisian,
                jenis=d.jenis,
            )
            s.add(row)
            s.flush()
            periode["FINAL" if d.nomor == 5 else f"TW{d.nomor}"] = row.id

        def pegawai(
            nip: str, nama: str, unor: Unor, atasan: Pegawai | None, **kw: object
        ) -> Pegawai:
            p = Pegawai(
                instansi_id=instansi.id,
                nip=nip,
                nama=nama,
                jabatan=kw.pop("jabatan", "Analis Kebijakan Ahli Muda"),
                golongan="III/c",
                unor_id=unor.id,
                atasan_id=atasan.id if atasan else None,
                kelompok_jabatan=kw.pop("kelompok_jabatan", KelompokJabatan.JF),
                **kw,
            )
            s.add(p)
            s.flush()
            return p

        kepala = pegawai(
            "197001012000031001",
            "Kepala Bagian Uji",
            bagian,
            None,
            jabatan="Kepala Bagian Uji",
            jenis_jabatan=JenisJabatan.PIMPINAN,
            kelompok_jabatan=KelompokJabatan.JA,
        )
        bawahan = [
            pegawai(f"19850505201001200{i + 1}", nama, bagian, kepala)
            for i, nama in enumerate(NAMA_BAWAHAN)
        ]
        lain_unit = pegawai("199101012015011009", "Anggota Tim Lain", lain, kepala)
        luar = pegawai("199201012016011008", "Pegawai Luar", lain, kepala)
        tim = TimKerja(unor_id=biro.id, nama="Tim Uji", tahun=TAHUN, ketua_id=bawahan[0].id)
        s.add(tim)
        s.flush()
        s.add_all(
            [
                AnggotaTim(tim_kerja_id=tim.id, pegawai_id=bawahan[1].id),
                AnggotaTim(tim_kerja_id=tim.id, pegawai_id=lain_unit.id),
            ]
        )
        dunia = Dunia(
            instansi.id,
            bagian.id,
            lain.id,
            _aktor(kepala),
            [_aktor(p) for p in bawahan],
            _aktor(lain_unit),
            _aktor(luar),
            periode,
        )
        for p in [*bawahan, lain_unit, luar]:
            status = status_staf if p is bawahan[1] else StatusSkp.PERSETUJUAN
            dunia.skp[p.id] = _skp(s, p, kepala, status)
        return dunia


def _aktor(p: Pegawai) -> Aktor:
    return Aktor(p.id, p.nip, p.nama, p.is_admin)


def _skp(s: object, p: Pegawai, penilai: Pegawai, status: StatusSkp) -> SkpUji:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    skp = Skp(
        pegawai_id=p.id,
        unor_id=p.unor_id,
        pejabat_penilai_id=penilai.id,
        snapshot_pegawai={"nama": p.nama, "nip": p.nip, "jabatan": p.jabatan},
        snapshot_pejabat_penilai={"nama": penilai.nama, "nip": penilai.nip},
        tahun=TAHUN,
        periode_awal=date(TAHUN, 1, 1),
        periode_akhir=date(TAHUN, 12, 31),
        pendekatan=Pendekatan.KUANTITATIF,
        jenis=JenisSkp.JA_JF,
        status=status,
    )
    s.add(skp)
    s.flush()
    hasil = SkpUji(skp.id, [], [])
    for r, (teks, indikator, satuan) in enumerate(
        (
            ("Tersusunnya laporan kinerja triwulanan", "Jumlah laporan kinerja", "laporan"),
            ("Terverifikasinya dokumen keuangan", "Persentase dokumen terverifikasi", "%"),
        ),
        start=1,
    ):
        rhk = Rhk(skp_id=skp.id, jenis=JenisRhk.UTAMA, teks=teks, urutan=r)
        s.add(rhk)
        s.flush()
        iki = Iki(
            rhk_id=rhk.id,
            indikator=indikator,
            target_min="4" if r == 1 else "90",
            target_max="4" if r == 1 else "100",
            satuan=satuan,
            aspek=Aspek.KUANTITAS,
            urutan=1,
        )
        s.add(iki)
        s.flush()
        hasil.rhk_ids.append(rhk.id)
        hasil.iki_ids.append(iki.id)
    return hasil
