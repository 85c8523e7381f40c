"""Read model of the Laporan Jumlah Tim Lingkup Unit Kerja (S003 2.12 no. 3, issue 6).

S003 shows one row per pegawai with counts of teams ("Jumlah Ketua…", "Jumlah Anggota…") and the
eselon II unit; the exact heads are cut off in the guide, so the counts are a project choice:
teams the pegawai formed (as JPT), leads (ketua), belongs to (anggota), and the anggota of the
teams they lead, all for the report's year across the whole instansi. A second sheet lists the
teams of the lingkup ("data dan rekap lingkup unit kerja").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.models import AnggotaTim, Pegawai, Rhk, Skp, TimKerja, Unor
from ekinerja_desktop.services.queries_laporan import OrangLaporan, lingkup_unor, orang_lingkup
from ekinerja_desktop.services.queries_rekap import peta_unor


@dataclass(frozen=True)
class JumlahTimRow:
    id: str  # the pegawai id
    orang: OrangLaporan
    tahun: int
    tim_dibentuk: int
    tim_diketuai: int
    tim_diikuti: int  # as anggota
    anggota_tim_diketuai: int


@dataclass(frozen=True)
class TimLaporanRow:
    id: str
    nama: str
    unor_nama: str
    tahun: int
    ketua_nama: str
    ketua_nip: str
    dibentuk_oleh: str
    jumlah_anggota: int
    jumlah_rhk_tim: int  # the ketua's RHK tied to the team


@dataclass(frozen=True)
class LaporanJumlahTim:
    lingkup_nama: str
    tahun: int
    pegawai: tuple[JumlahTimRow, ...]
    tim: tuple[TimLaporanRow, ...]


def laporan_jumlah_tim(
    session: Session, instansi_id: str, unor_id: str | None, lingkup_nama: str, tahun: int
) -> LaporanJumlahTim:
    peta = peta_unor(session, instansi_id)
    unor_ids = lingkup_unor(session, instansi_id, unor_id)
    orang = orang_lingkup(session, peta, unor_ids)
    unor_instansi = select(Unor.id).where(Unor.instansi_id == instansi_id)
    teams = list(
        session.scalars(
            select(TimKerja).where(
                TimKerja.tahun == tahun,
                TimKerja.deleted_at.is_(None),
                TimKerja.unor_id.in_(unor_instansi),
            )
        )
    )
    anggota: dict[str, set[str]] = defaultdict(set)
    if teams:
        query = select(AnggotaTim.tim_kerja_id, AnggotaTim.pegawai_id).where(
            AnggotaTim.tim_kerja_id.in_([t.id for t in teams]), AnggotaTim.deleted_at.is_(None)
        )
        for tim_id, pegawai_id in session.execute(query):
            anggota[tim_id].add(pegawai_id)
    dibentuk = Counter(t.dibuat_oleh_id for t in teams if t.dibuat_oleh_id)
    diketuai = Counter(t.ketua_id for t in teams if t.ketua_id)
    diikuti = Counter(p for ids in anggota.values() for p in ids)
    anggota_ketua: Counter[str] = Counter()
    for t in teams:
        if t.ketua_id:
            anggota_ketua[t.ketua_id] += len(anggota[t.id])
    pegawai = tuple(
        JumlahTimRow(
            o.id, o, tahun, dibentuk[o.id], diketuai[o.id], diikuti[o.id], anggota_ketua[o.id]
        )
        for o in orang
    )
    lingkup = set(unor_ids)
    di_lingkup = [t for t in teams if t.unor_id in lingkup]
    return LaporanJumlahTim(
        lingkup_nama, tahun, pegawai, _tim_rows(session, di_lingkup, anggota, peta.nama)
    )


def _tim_rows(
    session: Session,
    teams: list[TimKerja],
    anggota: dict[str, set[str]],
    nama_unor: Mapping[str, str],
) -> tuple[TimLaporanRow, ...]:
    if not teams:
        return ()
    orang_ids = {i for t in teams for i in (t.ketua_id, t.dibuat_oleh_id) if i}
    orang = {
        r.id: (r.nama, r.nip)
        for r in session.execute(
            select(Pegawai.id, Pegawai.nama, Pegawai.nip).where(Pegawai.id.in_(orang_ids))
        )
    }
    query = (
        select(Rhk.tim_kerja_id, Skp.pegawai_id, func.count(Rhk.id))
        .join(Skp, Skp.id == Rhk.skp_id)
        .where(
            Rhk.tim_kerja_id.in_([t.id for t in teams]),
            Rhk.deleted_at.is_(None),
            Skp.deleted_at.is_(None),
        )
        .group_by(Rhk.tim_kerja_id, Skp.pegawai_id)
    )
    rhk: dict[tuple[str, str], int] = {
        (tim_id or "", pegawai_id): n for tim_id, pegawai_id, n in session.execute(query)
    }
    rows = [
        TimLaporanRow(
            id=t.id,
            nama=t.nama,
            unor_nama=nama_unor.get(t.unor_id, ""),
            tahun=t.tahun,
            ketua_nama=orang.get(t.ketua_id or "", ("", ""))[0],
            ketua_nip=orang.get(t.ketua_id or "", ("", ""))[1],
            dibentuk_oleh=orang.get(t.dibuat_oleh_id or "", ("", ""))[0],
            jumlah_anggota=len(anggota.get(t.id, ())),
            jumlah_rhk_tim=rhk.get((t.id, t.ketua_id or ""), 0),
        )
        for t in teams
    ]
    return tuple(sorted(rows, key=lambda r: (r.unor_nama.casefold(), r.nama.casefold())))
