from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.demo import buat_demo, demo_info
from ekinerja_desktop.domain import (
    JenisSkp,
    Perspektif,
    StatusSkp,
    parse_nip,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    Iki,
    Pegawai,
    PenilaianPeriode,
    PeriodeDibukaUlang,
    Rhk,
    Skp,
    TimKerja,
)
from tests.support import migrated_database


def snapshot(db: Database) -> list[tuple[str, str, str]]:
    with db.read_session() as s:
        return [
            (p.nip, p.nama, p.jabatan) for p in s.scalars(select(Pegawai).order_by(Pegawai.nip))
        ]


def test_demo_is_deterministic_and_realistic(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    a = migrated_database(tmp_path_factory.mktemp("a"))
    b = migrated_database(tmp_path_factory.mktemp("b"))
    info = buat_demo(a, tahun=2026)
    buat_demo(b, tahun=2026)
    assert snapshot(a) == snapshot(b)
    assert set(info.pengguna) == {"Pegawai", "Ketua Tim", "Pimpinan", "Admin"}
    assert demo_info(a) == info
    assert 35 <= info.jumlah_pegawai <= 45
    with a.read_session() as s:
        pegawai = list(s.scalars(select(Pegawai)))
        for p in pegawai:
            parse_nip(p.nip)  # every NIP is valid
        statuses = Counter(s.scalars(select(Skp.status)))
        assert all(statuses[st] > 0 for st in StatusSkp)
        # the JPT SKP carries an Anggaran IKI
        jpt = s.scalars(select(Skp).where(Skp.jenis == JenisSkp.JPT)).all()
        assert jpt and all(
            any(i.perspektif is Perspektif.ANGGARAN for r in skp.rhk for i in r.iki) for skp in jpt
        )
        # JA/JF utama RHK intervene an existing leader RHK
        ja_rhk = s.scalars(
            select(Rhk).join(Skp).where(Skp.jenis == JenisSkp.JA_JF, Rhk.jenis == "UTAMA")
        ).all()
        assert ja_rhk and all(s.get(Rhk, r.rhk_diintervensi_id) for r in ja_rhk)
        assert s.scalars(select(TimKerja)).all()
        for p in s.scalars(select(PenilaianPeriode)):
            assert p.predikat is predikat_kinerja(p.rating_hasil_kerja, p.rating_perilaku_kerja)  # type: ignore[arg-type]
        assert s.scalars(select(Iki)).first() is not None
        # TW I stays workable in the demo whatever today's date: reopened for each biro
        reopened = s.scalars(select(PeriodeDibukaUlang)).all()
        assert reopened and all(
            r.sampai.month == 12 and r.oleh_id == info.pengguna["Admin"] for r in reopened
        )
    a.dispose()
    b.dispose()


def test_generator_scales(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = migrated_database(tmp_path)
    info = buat_demo(db, jumlah_pegawai=400, tahun=2026)
    assert 380 <= info.jumlah_pegawai <= 420
    db.dispose()
