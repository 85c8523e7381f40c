"""Pelaksanaan and penilaian through named operations (feedback.add, rating.set,
keberatan.file/explain/decide), each by the role that owns it, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from ekinerja_desktop.models import (
    AnggotaTim,
    Iki,
    Pegawai,
    Periode,
    PeriodePenilaian,
    Rhk,
    Skp,
    TimKerja,
)
from ekinerja_server.db import create_server_engine
from tests.server.processes import RunningServer
from tests.server.sync_support import Api, Seeded, new_skp


def test_feedback_rating_and_an_objection_granted(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    engine = create_server_engine(seeded.url)
    with engine.connect() as conn:
        skp = conn.execute(
            select(Skp.id, Skp.pejabat_penilai_id, Skp.atasan_pejabat_penilai_id).where(
                Skp.pegawai_id == seeded.id["Pegawai"], Skp.status == "PERSETUJUAN"
            )
        ).first()
        assert skp is not None
        pp = conn.scalar(
            select(PeriodePenilaian.id)
            .join(Periode, Periode.id == PeriodePenilaian.periode_id)
            .where(PeriodePenilaian.skp_id == skp.id, Periode.jenis == "FINAL")
        )
        iki = conn.scalar(
            select(Iki.id).join(Rhk, Rhk.id == Iki.rhk_id).where(Rhk.skp_id == skp.id)
        )
        atasan_ppk_nip = seeded.nip["Atasan PPK"]
    engine.dispose()
    assert skp.pejabat_penilai_id == seeded.id["Atasan"]
    assert skp.atasan_pejabat_penilai_id == seeded.id["Atasan PPK"]

    ppk = Api(sync_server.url, seeded.nip["Atasan"]).connect()
    owner = Api(sync_server.url, seeded.nip["Pegawai"]).connect()
    atasan_ppk = Api(sync_server.url, atasan_ppk_nip).connect()

    feedback = ppk.push_one(
        "feedback.add",
        str(uuid.uuid4()),
        0,
        periode_penilaian_id=pp,
        iki_id=iki,
        nilai=None,
        dari_id=seeded.id["Atasan"],
        sumber="ATASAN",
        sifat="POSITIF",
        teks="Hasil kerja sesuai target.",
    )
    assert feedback["status"] == "applied", feedback

    penilaian_id = str(uuid.uuid4())
    ratings = {"periode_penilaian_id": pp, "rating_hasil_kerja": "SESUAI_EKSPEKTASI"}
    rated = ppk.push_one(
        "rating.set", penilaian_id, 0, **ratings, rating_perilaku_kerja="SESUAI_EKSPEKTASI"
    )
    assert rated["status"] == "applied", rated
    owner.pull()
    penilaian = owner.row("penilaian", penilaian_id)["fields"]
    assert penilaian["predikat"] == "BAIK"  # the server applies the matrix itself
    assert penilaian["dinilai_oleh_id"] == seeded.id["Atasan"]

    keberatan_id = str(uuid.uuid4())
    filed = owner.push_one(
        "keberatan.file",
        keberatan_id,
        0,
        penilaian_id=penilaian_id,
        pegawai_id=seeded.id["Pegawai"],
        pejabat_penilai_id=seeded.id["Atasan"],
        atasan_pejabat_penilai_id=seeded.id["Atasan PPK"],
        status="DIAJUKAN",
        alasan="Target terlampaui.",
        rating_hasil_kerja_awal="SESUAI_EKSPEKTASI",
        rating_perilaku_kerja_awal="SESUAI_EKSPEKTASI",
        predikat_awal="BAIK",
        rating_hasil_kerja_diminta="DIATAS_EKSPEKTASI",
        rating_perilaku_kerja_diminta="DIATAS_EKSPEKTASI",
        predikat_diminta="SANGAT_BAIK",
        diajukan_pada="2000-01-01T00:00:00",  # a wrong client clock decides nothing
    )
    assert filed["status"] == "applied", filed
    early = atasan_ppk.push_one("keberatan.decide", keberatan_id, 1, status="DISETUJUI")
    assert (early["status"], early["reason"]) == ("refused", "invalid_transition")
    not_ppk = owner.push_one("keberatan.explain", keberatan_id, 1, penjelasan="sendiri")
    assert (not_ppk["status"], not_ppk["reason"]) == ("refused", "forbidden")
    explained = ppk.push_one(
        "keberatan.explain", keberatan_id, 1, penjelasan="Sudah sesuai.", status="DIJELASKAN"
    )
    assert explained["status"] == "applied", explained
    decided = atasan_ppk.push_one(
        "keberatan.decide",
        keberatan_id,
        2,
        status="DISETUJUI",
        rekomendasi="Dikabulkan.",
        rating_hasil_kerja_akhir="DIATAS_EKSPEKTASI",
        rating_perilaku_kerja_akhir="DIATAS_EKSPEKTASI",
    )
    assert decided["status"] == "applied", decided

    owner.pull()
    keberatan = owner.row("keberatan", keberatan_id)["fields"]
    assert keberatan["status"] == "DISETUJUI"
    assert keberatan["predikat_akhir"] == "SANGAT_BAIK"
    assert not keberatan["diajukan_pada"].startswith("2000")
    assert keberatan["dibuka_atasan_pada"] and keberatan["diputuskan_pada"]
    assert owner.row("penilaian", penilaian_id)["fields"]["predikat"] == "SANGAT_BAIK"


def test_team_ops_ketua_adds_members_and_team_rhk(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    ketua_id = seeded.id["Ketua Tim"]
    engine = create_server_engine(seeded.url)
    with engine.connect() as conn:
        tim_id, tahun = conn.execute(
            select(TimKerja.id, TimKerja.tahun).where(TimKerja.ketua_id == ketua_id)
        ).first()
        member = conn.execute(
            select(Pegawai.id, Pegawai.nip)
            .join(AnggotaTim, AnggotaTim.pegawai_id == Pegawai.id)
            .where(AnggotaTim.tim_kerja_id == tim_id, AnggotaTim.deleted_at.is_(None))
        ).first()
        outsider = conn.execute(
            select(Pegawai.id).where(
                Pegawai.id.not_in(
                    select(AnggotaTim.pegawai_id).where(AnggotaTim.tim_kerja_id == tim_id)
                ),
                Pegawai.id != ketua_id,
            )
        ).first()
    engine.dispose()
    ketua = Api(sync_server.url, seeded.nip["Ketua Tim"]).connect()
    anggota = Api(sync_server.url, member.nip).connect()
    seeded.id["Anggota"], seeded.nip["Anggota"] = member.id, member.nip
    skp_id = new_skp(anggota, seeded, role="Anggota", tahun=tahun + 5)

    team_rhk = str(uuid.uuid4())
    added = ketua.push_one(
        "rhk.create",
        team_rhk,
        0,
        skp_id=skp_id,
        teks="RHK dari ketua tim",
        jenis="UTAMA",
        klasifikasi="ORGANISASI",
        tim_kerja_id=tim_id,
        urutan=1,
    )
    assert added["status"] == "applied", added
    iki = ketua.push_one("iki.create", str(uuid.uuid4()), 0, rhk_id=team_rhk, indikator="IKI tim")
    assert iki["status"] == "applied", iki
    not_team = ketua.push_one("rhk.update", team_rhk, 1, teks="ubah milik anggota")
    assert (not_team["status"], not_team["reason"]) == ("refused", "forbidden")
    rekan = Api(sync_server.url, seeded.nip["Lain"]).connect()
    stranger = rekan.push_one(
        "rhk.create", str(uuid.uuid4()), 0, skp_id=skp_id, teks="x", tim_kerja_id=tim_id
    )
    assert (stranger["status"], stranger["reason"]) == ("refused", "forbidden")

    new_member = str(uuid.uuid4())
    joined = ketua.push_one(
        "tim.add_anggota", new_member, 0, tim_kerja_id=tim_id, pegawai_id=outsider.id
    )
    assert joined["status"] == "applied", joined
    left = ketua.push_one("tim.remove_anggota", new_member, 1, tim_kerja_id=tim_id)
    assert left["status"] == "applied", left
    wrong = rekan.push_one(
        "tim.add_anggota", str(uuid.uuid4()), 0, tim_kerja_id=tim_id, pegawai_id=outsider.id
    )
    assert (wrong["status"], wrong["reason"]) == ("refused", "forbidden")
    anggota.pull()
    assert anggota.row("rhk", team_rhk)["fields"]["teks"] == "RHK dari ketua tim"
