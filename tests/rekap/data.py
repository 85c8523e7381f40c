"""A small instansi for the rekap, kurva, capaian and keberatan tests.

Setjen (top) ⊃ Biro Uji (JPT Pratama, a unit kerja induk) ⊃ Bagian Uji. The sekjen heads the
setjen, the kepala biro heads the biro (PPK of the kabag, atasan PPK of the staf), the kabag is
the PPK of every staf. Ratings are written as fixture data (as the demo does), the way the
penilaian service leaves them: both ratings, the matrix predikat, who and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    JenisJabatan,
    JenisSkp,
    KelompokJabatan,
    Pendekatan,
    PolaPeriode,
    Rating,
    StatusSkp,
    buat_nip,
    buat_periode,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    Instansi,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Skp,
    Unor,
)
from ekinerja_desktop.services.uow import Aktor

TAHUN = 2026
DINILAI_PADA = datetime(TAHUN, 4, 3, 10, 0)
ATAS = Rating.DIATAS_EKSPEKTASI
SESUAI = Rating.SESUAI_EKSPEKTASI
BAWAH = Rating.DIBAWAH_EKSPEKTASI
SEMUA_KOMBINASI = [(h, p) for h in (ATAS, SESUAI, BAWAH) for p in (BAWAH, SESUAI, ATAS)]

Penilaian = tuple[Rating, Rating] | None | str  # ratings, unrated, or "draft" / "tanpa-skp"


@dataclass
class Unit:
    instansi_id: str
    setjen_id: str
    biro_id: str
    bagian_id: str
    sekjen: Aktor
    kepala: Aktor
    kabag: Aktor
    admin: Aktor
    periode_ids: dict[int, str]  # nomor → id (5 = Final)
    staf: list[Aktor] = field(default_factory=list)
    penilaian_ids: list[str | None] = field(default_factory=list)  # per staf

    @property
    def tw1(self) -> str:
        return self.periode_ids[1]


class _Builder:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.urut = 0

    def pegawai(
        self, instansi_id: str, unor_id: str, nama: str, atasan: Pegawai | None, **kw: object
    ) -> Pegawai:
        self.urut += 1
        nip = buat_nip(date(1980, 1, 1 + self.urut % 28), date(2005, 3, 1), "L", self.urut)
        p = Pegawai(
            instansi_id=instansi_id,
            nip=nip,
            nama=nama,
            jabatan=kw.pop("jabatan", f"Analis {nama}"),
            golongan="III/c",
            unor_id=unor_id,
            atasan_id=atasan.id if atasan else None,
            **kw,
        )
        self.s.add(p)
        self.s.flush()
        return p


def _aktor(p: Pegawai) -> Aktor:
    return Aktor(p.id, p.nip, p.nama, p.is_admin)


def buat_unit(db: Database, penilaian: Sequence[Penilaian]) -> Unit:
    """The instansi with one staf per entry of `penilaian` (all under the kabag)."""
    with db.write_session() as s, s.begin():
        b = _Builder(s)
        instansi = Instansi(nama="Instansi Uji", pola_periode=PolaPeriode.TRIWULANAN)
        s.add(instansi)
        s.flush()
        setjen = Unor(instansi_id=instansi.id, nama="Sekretariat Uji", jenis="JPT Madya")
        s.add(setjen)
        s.flush()
        biro = Unor(
            instansi_id=instansi.id,
            nama="Biro Uji",
            jenis="JPT Pratama / Eselon IIa",
            unor_atasan_id=setjen.id,
            unor_induk_id=setjen.id,
        )
        s.add(biro)
        s.flush()
        bagian = Unor(
            instansi_id=instansi.id,
            nama="Bagian Uji",
            jenis="Administrator",
            unor_atasan_id=biro.id,
            unor_induk_id=biro.id,
        )
        s.add(bagian)
        s.flush()
        pimpinan = {"jenis_jabatan": JenisJabatan.PIMPINAN}
        sekjen = b.pegawai(instansi.id, setjen.id, "Sekjen Uji", None, **pimpinan)
        kepala = b.pegawai(
            instansi.id, biro.id, "Kepala Biro Uji", sekjen,
            kelompok_jabatan=KelompokJabatan.JPT, **pimpinan,
        )  # fmt: skip
        admin = b.pegawai(instansi.id, setjen.id, "Admin Uji", sekjen, is_admin=True)
        kabag = b.pegawai(instansi.id, bagian.id, "Kabag Uji", kepala, **pimpinan)
        periode_ids = {}
        for d in buat_periode(PolaPeriode.TRIWULANAN, TAHUN):
            p = Periode(
                instansi_id=instansi.id,
                tahun=TAHUN,
                nomor=d.nomor,
                nama=d.nama,
                awal=d.awal,
                akhir=d.akhir,
                batas_pengisian=d.batas_pengisian,
                jenis=d.jenis,
            )
            s.add(p)
            s.flush()
            periode_ids[d.nomor] = p.id
        unit = Unit(
            instansi.id, setjen.id, biro.id, bagian.id,
            _aktor(sekjen), _aktor(kepala), _aktor(kabag), _aktor(admin), periode_ids,
        )  # fmt: skip
        for i, isi in enumerate(penilaian):
            staf = b.pegawai(instansi.id, bagian.id, f"Staf {i:02d}", kabag)
            unit.staf.append(_aktor(staf))
            unit.penilaian_ids.append(_skp(s, staf, kabag, kepala, periode_ids[1], isi))
        return unit


def _skp(
    s: Session, staf: Pegawai, ppk: Pegawai, atasan: Pegawai, tw1: str, isi: Penilaian
) -> str | None:
    if isi == "tanpa-skp":
        return None
    skp = Skp(
        pegawai_id=staf.id,
        unor_id=staf.unor_id,
        pejabat_penilai_id=ppk.id,
        atasan_pejabat_penilai_id=atasan.id,
        snapshot_pegawai={"jabatan": staf.jabatan, "nama": staf.nama},
        tahun=TAHUN,
        periode_awal=date(TAHUN, 1, 1),
        periode_akhir=date(TAHUN, 12, 31),
        pendekatan=Pendekatan.KUANTITATIF,
        jenis=JenisSkp.JA_JF,
        status=StatusSkp.DRAFT if isi == "draft" else StatusSkp.PERSETUJUAN,
    )
    s.add(skp)
    s.flush()
    if isi == "draft":
        return None
    pp = PeriodePenilaian(skp_id=skp.id, periode_id=tw1)
    s.add(pp)
    s.flush()
    if not isinstance(isi, tuple):
        return None
    return tambah_penilaian(s, pp.id, isi, ppk.id)


def tambah_penilaian(
    s: Session, pp_id: str, ratings: tuple[Rating, Rating], oleh: str, pada: datetime = DINILAI_PADA
) -> str:
    hasil, perilaku = ratings
    penilaian = PenilaianPeriode(
        periode_penilaian_id=pp_id,
        rating_hasil_kerja=hasil,
        rating_perilaku_kerja=perilaku,
        predikat=predikat_kinerja(hasil, perilaku),
        dinilai_oleh_id=oleh,
        dinilai_pada=pada,
    )
    s.add(penilaian)
    s.flush()
    return penilaian.id
