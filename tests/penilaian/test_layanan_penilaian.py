"""LayananPenilaian: every rule of issue 4 points 1–6, refusals included."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    DomainError,
    NilaiBerakhlak,
    Predikat,
    Rating,
    SifatFeedback,
    StatusSkp,
    SumberFeedback,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import (
    Blob,
    BuktiDukung,
    Feedback,
    Instansi,
    OutboxEntry,
    PenilaianPeriode,
    PeriodeDibukaUlang,
    PeriodePenilaian,
    Realisasi,
    RencanaAksi,
    Skp,
)
from ekinerja_desktop.services import penilaian as penilaian_module
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from tests.penilaian.conftest import Jam
from tests.penilaian.dunia import SESUDAH_BATAS_TW1, TAHUN, Dunia, buat_dunia

POS, NEG = SifatFeedback.POSITIF, SifatFeedback.NEGATIF
BAWAH, SESUAI, ATAS = (
    Rating.DIBAWAH_EKSPEKTASI,
    Rating.SESUAI_EKSPEKTASI,
    Rating.DIATAS_EKSPEKTASI,
)


def ops(uow: UnitOfWork) -> list[tuple[str, str]]:
    with uow.read() as s:
        rows = s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        return [(r.op, r.entity_id) for r in rows]


def count(uow: UnitOfWork, model: type) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def sebagai(uow: UnitOfWork, aktor: Aktor) -> None:
    uow.aktor = aktor


def tw1_staf(layanan: LayananPenilaian, dunia: Dunia) -> str:
    return layanan.tambah_periode_penilaian(
        dunia.skp[dunia.staf.pegawai_id].id, dunia.periode["TW1"]
    )


def berkas(tmp_path: Path, nama: str, isi: bytes = b"%PDF-1.4 laporan triwulan") -> Path:
    path = tmp_path / nama
    path.write_bytes(isi)
    return path


# --- periode penilaian ----------------------------------------------------------------------


def test_tambah_periode_writes_record_and_named_op(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with uow.read() as s:
        pp = s.get(PeriodePenilaian, pp_id)
        assert pp is not None and pp.periode_id == dunia.periode["TW1"]
    assert ops(uow) == [("periode_penilaian.add", pp_id)]


def test_same_period_twice_is_refused(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    tw1_staf(layanan, dunia)
    with pytest.raises(UserError, match=r"Periode 1 \(TW1\) sudah ada"):
        tw1_staf(layanan, dunia)
    assert count(uow, PeriodePenilaian) == 1


def test_period_outside_the_skp_span_is_refused(
    db: Database, layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    skp_id = dunia.skp[dunia.staf.pegawai_id].id
    with db.write_session() as s, s.begin():
        skp = s.get(Skp, skp_id)
        assert skp is not None
        skp.periode_awal = date(TAHUN, 7, 1)
    with pytest.raises(UserError, match="tidak termasuk masa SKP"):
        layanan.tambah_periode_penilaian(skp_id, dunia.periode["TW1"])
    layanan.tambah_periode_penilaian(skp_id, dunia.periode["TW3"])
    layanan.tambah_periode_penilaian(skp_id, dunia.periode["FINAL"])


def test_only_the_owner_adds_periods(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    sebagai(uow, dunia.kepala)
    with pytest.raises(ForbiddenError):
        tw1_staf(layanan, dunia)
    assert ops(uow) == []


@pytest.mark.parametrize("status", [StatusSkp.DRAFT, StatusSkp.PENGAJUAN])
def test_not_approved_skp_is_refused(tmp_path: Path, status: StatusSkp, jam: Jam) -> None:
    from tests.support import migrated_database

    db = migrated_database(tmp_path)
    try:
        dunia = buat_dunia(db, status_staf=status)
        uow = UnitOfWork(db, aktor=dunia.staf, clock=jam)
        layanan = LayananPenilaian(uow, BlobStore(tmp_path / "blobs"))
        with pytest.raises(UserError, match="belum disetujui"):
            tw1_staf(layanan, dunia)
        assert ops(uow) == []
    finally:
        db.dispose()


def test_skp_sent_back_to_draft_locks_its_periods(
    db: Database, layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    with db.write_session() as s, s.begin():
        skp = s.get(Skp, uji.id)
        assert skp is not None
        skp.status = StatusSkp.DRAFT
    with pytest.raises(UserError, match=r"belum disetujui \(status Draft\)"):
        layanan.set_realisasi(pp_id, uji.iki_ids[0], "4 laporan", None)
    sebagai(uow, dunia.kepala)
    with pytest.raises(UserError, match="belum disetujui"):
        layanan.tambah_feedback(pp_id, POS, "Bagus", iki_id=uji.iki_ids[0])


# --- rencana aksi -------------------------------------------------------------------------


def test_rencana_aksi_crud_with_own_satuan(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    rhk_id = dunia.skp[dunia.staf.pegawai_id].rhk_ids[0]
    ra_id = layanan.tambah_rencana_aksi(pp_id, rhk_id, "  Menyusun draf laporan TW I ", "1", "draf")
    layanan.ubah_rencana_aksi(ra_id, "Menyusun laporan TW I", "1", "laporan")
    kedua = layanan.tambah_rencana_aksi(pp_id, rhk_id, "Membahas dengan atasan")
    with uow.read() as s:
        ra = s.get(RencanaAksi, ra_id)
        assert ra is not None
        assert (ra.teks, ra.target, ra.satuan, ra.urutan) == (
            "Menyusun laporan TW I",
            "1",
            "laporan",
            1,
        )
        assert s.get(RencanaAksi, kedua).urutan == 2  # type: ignore[union-attr]
    layanan.hapus_rencana_aksi(ra_id)
    assert [op for op, _ in ops(uow)] == [
        "periode_penilaian.add",
        "rencana_aksi.create",
        "rencana_aksi.update",
        "rencana_aksi.create",
        "rencana_aksi.delete",
    ]


def test_rencana_aksi_refused_on_final_period(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    final = layanan.tambah_periode_penilaian(uji.id, dunia.periode["FINAL"])
    with pytest.raises(UserError, match="hanya diisi pada periode periodik"):
        layanan.tambah_rencana_aksi(final, uji.rhk_ids[0], "Menyusun laporan")


def test_rencana_aksi_for_an_rhk_of_another_skp_is_refused(
    layanan: LayananPenilaian, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    rhk_lain = dunia.skp[dunia.rekan.pegawai_id].rhk_ids[0]
    with pytest.raises(UserError, match="bukan bagian dari SKP"):
        layanan.tambah_rencana_aksi(pp_id, rhk_lain, "Menyusun laporan")


@pytest.mark.parametrize("teks", ["", "   "])
def test_empty_rencana_aksi_is_refused(layanan: LayananPenilaian, dunia: Dunia, teks: str) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(UserError, match="Rencana aksi belum diisi"):
        layanan.tambah_rencana_aksi(pp_id, dunia.skp[dunia.staf.pegawai_id].rhk_ids[0], teks)


def test_others_cannot_write_rencana_aksi(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.kepala)
    with pytest.raises(ForbiddenError, match="Hanya pemilik SKP"):
        layanan.tambah_rencana_aksi(pp_id, dunia.skp[dunia.staf.pegawai_id].rhk_ids[0], "X")


# --- batas pengisian ------------------------------------------------------------------------


def test_edits_after_batas_pengisian_are_refused_naming_the_deadline(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, jam: Jam
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    jam.now = SESUDAH_BATAS_TW1
    pesan = r"Batas pengisian periode Periode 1 \(TW1\) \(5 April 2026\) telah lewat"
    with pytest.raises(DomainError, match=pesan):
        layanan.tambah_rencana_aksi(pp_id, uji.rhk_ids[0], "Menyusun laporan")
    with pytest.raises(DomainError, match=pesan):
        layanan.set_realisasi(pp_id, uji.iki_ids[0], "4 laporan", None)
    with pytest.raises(DomainError, match=pesan):
        layanan.tambah_bukti_dukung_link(pp_id, uji.iki_ids[0], "Laporan", "https://drive.go.id/a")
    sebagai(uow, dunia.kepala)
    with pytest.raises(DomainError, match=pesan):
        layanan.tambah_feedback(pp_id, POS, "Bagus", iki_id=uji.iki_ids[0])
    with pytest.raises(DomainError, match=pesan):
        layanan.set_rating(pp_id, SESUAI, SESUAI)
    assert [op for op, _ in ops(uow)] == ["periode_penilaian.add"]


def test_the_last_day_is_still_open(layanan: LayananPenilaian, dunia: Dunia, jam: Jam) -> None:
    pp_id = tw1_staf(layanan, dunia)
    jam.now = datetime(TAHUN, 4, 5, 23, 59)
    layanan.set_realisasi(pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "4 laporan", None)


def reopen(db: Database, periode_id: str, unor_id: str, sampai: date) -> None:
    with db.write_session() as s, s.begin():
        s.add(PeriodeDibukaUlang(periode_id=periode_id, unor_id=unor_id, sampai=sampai))


def test_admin_reopening_for_the_unit_allows_edits_until_its_end(
    db: Database, layanan: LayananPenilaian, dunia: Dunia, jam: Jam
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    reopen(db, dunia.periode["TW1"], dunia.unor_id, date(TAHUN, 4, 10))
    jam.now = SESUDAH_BATAS_TW1
    layanan.set_realisasi(pp_id, iki_id, "4 laporan", "Aplikasi e-Kinerja")
    jam.now = datetime(TAHUN, 4, 11, 8, 0)
    with pytest.raises(DomainError, match="telah lewat"):
        layanan.set_realisasi(pp_id, iki_id, "5 laporan", None)


def test_reopening_for_the_unit_above_covers_its_bagian(
    db: Database, layanan: LayananPenilaian, dunia: Dunia, jam: Jam
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with db.read_session() as s:
        from ekinerja_desktop.models import Unor

        biro_id = s.get(Unor, dunia.unor_id).unor_atasan_id  # type: ignore[union-attr]
    reopen(db, dunia.periode["TW1"], biro_id, date(TAHUN, 4, 30))  # type: ignore[arg-type]
    jam.now = SESUDAH_BATAS_TW1
    layanan.set_realisasi(pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "4 laporan", None)


def test_reopening_for_another_unit_does_not_help(
    db: Database, layanan: LayananPenilaian, dunia: Dunia, jam: Jam
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    reopen(db, dunia.periode["TW1"], dunia.unor_lain_id, date(TAHUN, 4, 30))
    jam.now = SESUDAH_BATAS_TW1
    with pytest.raises(DomainError, match="minta admin membuka ulang"):
        layanan.set_realisasi(pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "4", None)


# --- realisasi ------------------------------------------------------------------------------


def test_realisasi_is_set_once_per_iki(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    first = layanan.set_realisasi(pp_id, iki_id, "3 laporan", " Aplikasi SAKIP ")
    again = layanan.set_realisasi(pp_id, iki_id, "4 laporan", "Aplikasi SAKIP")
    same = layanan.set_realisasi(pp_id, iki_id, "4 laporan", "Aplikasi SAKIP")  # no change
    assert first == again == same
    with uow.read() as s:
        [r] = s.scalars(select(Realisasi)).all()
        assert (r.teks, r.sumber_data) == ("4 laporan", "Aplikasi SAKIP")
    with uow.read() as s:
        entries = s.scalars(select(OutboxEntry).where(OutboxEntry.op == "realisasi.set")).all()
        assert [e.payload["teks"] for e in entries] == ["3 laporan", "4 laporan"]
        assert entries[1].payload["iki_id"] == iki_id


def test_empty_realisasi_is_refused(layanan: LayananPenilaian, dunia: Dunia) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(UserError, match="Realisasi belum diisi"):
        layanan.set_realisasi(pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], " ", "x")


def test_realisasi_allowed_on_the_final_period(layanan: LayananPenilaian, dunia: Dunia) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    final = layanan.tambah_periode_penilaian(uji.id, dunia.periode["FINAL"])
    layanan.set_realisasi(final, uji.iki_ids[1], "98 %", "Laporan tahunan")


# --- bukti dukung: links --------------------------------------------------------------------


def test_bukti_dukung_link(layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    bukti_id = layanan.tambah_bukti_dukung_link(
        pp_id, iki_id, "Laporan TW I", " https://drive.google.com/drive/folders/1yVe "
    )
    with uow.read() as s:
        bukti = s.get(BuktiDukung, bukti_id)
        assert bukti is not None
        assert bukti.url == "https://drive.google.com/drive/folders/1yVe"
        assert bukti.blob_sha256 is None
    assert ops(uow)[-1] == ("bukti_dukung.add", bukti_id)


@pytest.mark.parametrize(
    ("url", "pesan"),
    [
        ("drive.google.com/folders/1", "diawali http"),
        ("ftp://files.example.go.id/a.pdf", "diawali http"),
        ("javascript:alert(1)", "diawali http"),
        ("https://", "nama situs"),
        ("http://exa mple.go.id/", "spasi"),
        ("https://bad_host!.go.id/x", "nama situs"),
        ("https://example.go.id:port/x", "tidak valid"),
        ("", "belum diisi"),
    ],
)
def test_bad_url_is_refused(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, url: str, pesan: str
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(DomainError, match=pesan):
        layanan.tambah_bukti_dukung_link(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", url
        )
    assert count(uow, BuktiDukung) == 0


def test_intranet_host_without_a_dot_is_a_valid_link(
    layanan: LayananPenilaian, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    layanan.tambah_bukti_dukung_link(pp_id, iki_id, "Arsip", "http://arsip/berkas/12")


# --- bukti dukung: files --------------------------------------------------------------------


def test_file_is_copied_by_hash_and_queued_for_upload(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, blobs: BlobStore, tmp_path: Path
) -> None:
    import hashlib

    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    source = berkas(tmp_path, "Laporan TW I.PDF")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    bukti_id = layanan.tambah_bukti_dukung_berkas(pp_id, iki_id, "", source)
    assert (blobs.folder / sha).read_bytes() == source.read_bytes()
    assert blobs.temp_files() == []
    with uow.read() as s:
        bukti = s.get(BuktiDukung, bukti_id)
        blob = s.get(Blob, sha)
        assert bukti is not None and blob is not None
        assert (bukti.nama, bukti.nama_berkas, bukti.mime) == (
            "Laporan TW I.PDF",
            "Laporan TW I.PDF",
            "application/pdf",
        )
        assert bukti.ukuran == blob.ukuran == source.stat().st_size
        assert blob.upload_state == "pending"
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.op == "bukti_dukung.add")).one()
        assert entry.payload["blob_sha256"] == sha
    source.unlink()  # the original may go away: the store keeps its own copy
    dibuka = layanan.berkas_untuk_dibuka(bukti_id)
    assert dibuka.name == "Laporan TW I.PDF"
    assert dibuka.read_bytes().startswith(b"%PDF")
    dibuka.write_bytes(b"diubah oleh penampil")  # a viewer saving in place
    assert (blobs.folder / sha).read_bytes().startswith(b"%PDF")


def test_same_file_twice_is_stored_once(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, blobs: BlobStore, tmp_path: Path
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    source = berkas(tmp_path, "foto.jpg", b"\xff\xd8\xff gambar")
    layanan.tambah_bukti_dukung_berkas(pp_id, uji.iki_ids[0], "Foto kegiatan", source)
    layanan.tambah_bukti_dukung_berkas(pp_id, uji.iki_ids[1], "Foto kegiatan", source)
    assert len(list(blobs.folder.iterdir())) == 1
    assert count(uow, Blob) == 1
    assert count(uow, BuktiDukung) == 2


def nothing_stored(uow: UnitOfWork, blobs: BlobStore, ops_before: int) -> None:
    assert not blobs.folder.exists() or list(blobs.folder.iterdir()) == []
    assert count(uow, Blob) == 0
    assert count(uow, BuktiDukung) == 0
    assert len(ops(uow)) == ops_before


def test_file_over_the_limit_is_refused_and_nothing_is_stored(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, blobs: BlobStore, tmp_path: Path
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    besar = tmp_path / "scan.pdf"
    with besar.open("wb") as f:  # sparse: 21 MB on disk costs nothing
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(DomainError, match=r"Berkas terlalu besar: 21 MB; batasnya 20 MB"):
        layanan.tambah_bukti_dukung_berkas(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "Scan", besar
        )
    nothing_stored(uow, blobs, ops_before=1)


def test_limit_is_a_setting_of_the_service(
    uow: UnitOfWork, dunia: Dunia, blobs: BlobStore, tmp_path: Path
) -> None:
    layanan = LayananPenilaian(uow, blobs, batas_ukuran=1024)
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(DomainError, match=r"1,5 MB|2 KB"):
        layanan.tambah_bukti_dukung_berkas(
            pp_id,
            dunia.skp[dunia.staf.pegawai_id].iki_ids[0],
            "X",
            berkas(tmp_path, "a.pdf", b"x" * 2048),
        )
    nothing_stored(uow, blobs, ops_before=1)


@pytest.mark.parametrize("nama", ["setup.exe", "catatan", "skrip.js", "laporan.pdf.bat"])
def test_file_type_outside_the_allow_list_is_refused(
    layanan: LayananPenilaian,
    uow: UnitOfWork,
    dunia: Dunia,
    blobs: BlobStore,
    tmp_path: Path,
    nama: str,
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(DomainError, match="tidak dapat dijadikan bukti dukung"):
        layanan.tambah_bukti_dukung_berkas(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", berkas(tmp_path, nama)
        )
    nothing_stored(uow, blobs, ops_before=1)


def test_file_refused_after_the_deadline_leaves_nothing(
    layanan: LayananPenilaian,
    uow: UnitOfWork,
    dunia: Dunia,
    blobs: BlobStore,
    jam: Jam,
    tmp_path: Path,
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    jam.now = SESUDAH_BATAS_TW1
    with pytest.raises(DomainError, match="telah lewat"):
        layanan.tambah_bukti_dukung_berkas(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", berkas(tmp_path, "a.pdf")
        )
    nothing_stored(uow, blobs, ops_before=1)


def test_failed_transaction_removes_the_copied_file(
    layanan: LayananPenilaian,
    uow: UnitOfWork,
    dunia: Dunia,
    blobs: BlobStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pp_id = tw1_staf(layanan, dunia)

    def gagal(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(penilaian_module, "_tambah", gagal)
    with pytest.raises(RuntimeError):
        layanan.tambah_bukti_dukung_berkas(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", berkas(tmp_path, "a.pdf")
        )
    nothing_stored(uow, blobs, ops_before=1)


def test_missing_file_is_a_clear_error(
    layanan: LayananPenilaian, dunia: Dunia, tmp_path: Path
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with pytest.raises(UserError, match="tidak ditemukan"):
        layanan.tambah_bukti_dukung_berkas(
            pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", tmp_path / "hilang.pdf"
        )


def test_delete_bukti_dukung_is_soft_and_keeps_the_file(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, blobs: BlobStore, tmp_path: Path
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    bukti_id = layanan.tambah_bukti_dukung_berkas(
        pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "X", berkas(tmp_path, "a.pdf")
    )
    layanan.hapus_bukti_dukung(bukti_id)
    with uow.read() as s:
        assert s.get(BuktiDukung, bukti_id).deleted_at is not None  # type: ignore[union-attr]
    assert len(list(blobs.folder.iterdir())) == 1
    assert ops(uow)[-1] == ("bukti_dukung.delete", bukti_id)


# --- feedback -------------------------------------------------------------------------------


def feedback_of(uow: UnitOfWork, feedback_id: str) -> Feedback:
    with uow.read() as s:
        f = s.get(Feedback, feedback_id)
        assert f is not None
        return f


def test_ppk_and_ketua_give_feedback_per_iki_and_per_value(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    sebagai(uow, dunia.kepala)
    a = layanan.tambah_feedback(pp_id, POS, "Laporan rapi", iki_id=iki_id)
    b = layanan.tambah_feedback(pp_id, NEG, "Kurang proaktif", nilai=NilaiBerakhlak.ADAPTIF)
    sebagai(uow, dunia.ketua)
    c = layanan.tambah_feedback(pp_id, POS, "Data lengkap", iki_id=iki_id)
    d = layanan.tambah_feedback(pp_id, POS, "Suka membantu", nilai=NilaiBerakhlak.HARMONIS)
    got = [feedback_of(uow, x) for x in (a, b, c, d)]
    assert [(f.sumber, f.sifat) for f in got] == [
        (SumberFeedback.ATASAN, POS),
        (SumberFeedback.ATASAN, NEG),
        (SumberFeedback.KETUA_TIM, POS),
        (SumberFeedback.KETUA_TIM, POS),
    ]
    assert got[1].nilai is NilaiBerakhlak.ADAPTIF and got[1].iki_id is None
    assert got[2].dari_id == dunia.ketua.pegawai_id
    assert [op for op, _ in ops(uow)][-4:] == ["feedback.add"] * 4


def test_rekan_gives_peer_feedback_per_value_only(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.rekan)  # same unit
    f = layanan.tambah_feedback(pp_id, POS, "Kolaboratif", nilai=NilaiBerakhlak.KOLABORATIF)
    assert feedback_of(uow, f).sumber is SumberFeedback.REKAN_KERJA
    with pytest.raises(ForbiddenError, match="hanya dapat memberi feedback atas perilaku"):
        layanan.tambah_feedback(
            pp_id, POS, "Bagus", iki_id=dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
        )
    sebagai(uow, dunia.lain_unit)  # another unit, same team
    g = layanan.tambah_feedback(pp_id, NEG, "Sering terlambat", nilai=NilaiBerakhlak.AKUNTABEL)
    assert feedback_of(uow, g).sumber is SumberFeedback.REKAN_KERJA


@pytest.mark.parametrize("siapa", ["luar", "staf"])
def test_no_relation_or_self_gives_no_feedback(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, siapa: str
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, getattr(dunia, siapa))
    with pytest.raises(ForbiddenError, match="tidak dapat memberi feedback"):
        layanan.tambah_feedback(pp_id, POS, "Bagus", nilai=NilaiBerakhlak.LOYAL)
    assert count(uow, Feedback) == 0


def test_pimpinan_is_never_a_rekan(
    db: Database, layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    """Peer feedback is between non-pimpinan colleagues (S000 3.1.3), both ways."""
    from ekinerja_desktop.domain import JenisJabatan
    from ekinerja_desktop.models import Pegawai

    with db.write_session() as s, s.begin():
        lain = s.get(Pegawai, dunia.lain_unit.pegawai_id)
        assert lain is not None
        lain.jenis_jabatan = JenisJabatan.PIMPINAN
    pp_staf = tw1_staf(layanan, dunia)
    pp_lain = layanan_as(layanan, uow, dunia.lain_unit).tambah_periode_penilaian(
        dunia.skp[dunia.lain_unit.pegawai_id].id, dunia.periode["TW1"]
    )
    with pytest.raises(ForbiddenError):
        layanan.tambah_feedback(pp_staf, POS, "Bagus", nilai=NilaiBerakhlak.LOYAL)
    sebagai(uow, dunia.staf)
    with pytest.raises(ForbiddenError):
        layanan.tambah_feedback(pp_lain, POS, "Bagus", nilai=NilaiBerakhlak.LOYAL)


def layanan_as(layanan: LayananPenilaian, uow: UnitOfWork, aktor: Aktor) -> LayananPenilaian:
    sebagai(uow, aktor)
    return layanan


def test_empty_feedback_is_refused(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.kepala)
    with pytest.raises(UserError, match="Feedback belum diisi"):
        layanan.tambah_feedback(pp_id, POS, "  ", nilai=NilaiBerakhlak.LOYAL)


def test_only_the_author_withdraws_feedback(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.rekan)
    f = layanan.tambah_feedback(pp_id, POS, "Ramah", nilai=NilaiBerakhlak.HARMONIS)
    sebagai(uow, dunia.kepala)
    with pytest.raises(ForbiddenError):
        layanan.hapus_feedback(f)
    sebagai(uow, dunia.rekan)
    layanan.hapus_feedback(f)
    assert feedback_of(uow, f).deleted_at is not None
    assert ops(uow)[-1] == ("feedback.delete", f)


# --- rating ---------------------------------------------------------------------------------


def test_rating_without_the_ppk_feedback_is_refused(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    iki_id = dunia.skp[dunia.staf.pegawai_id].iki_ids[0]
    sebagai(uow, dunia.ketua)  # a ketua's feedback does not count
    layanan.tambah_feedback(pp_id, POS, "Bagus", iki_id=iki_id)
    sebagai(uow, dunia.kepala)
    layanan.tambah_feedback(pp_id, POS, "Kolaboratif", nilai=NilaiBerakhlak.KOLABORATIF)
    with pytest.raises(UserError, match="Berikan feedback atas hasil kerja"):
        layanan.set_rating(pp_id, SESUAI, SESUAI)
    assert count(uow, PenilaianPeriode) == 0
    layanan.tambah_feedback(pp_id, POS, "Tepat waktu", iki_id=iki_id)
    layanan.set_rating(pp_id, SESUAI, SESUAI)


def test_rating_without_feedback_allowed_when_the_instansi_turns_the_rule_off(
    db: Database, layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    with db.write_session() as s, s.begin():
        instansi = s.get(Instansi, dunia.instansi_id)
        assert instansi is not None
        instansi.wajib_feedback_sebelum_rating = False
    sebagai(uow, dunia.kepala)
    layanan.set_rating(pp_id, ATAS, ATAS)


MATRIKS = [
    (ATAS, BAWAH, Predikat.KURANG),
    (ATAS, SESUAI, Predikat.BAIK),
    (ATAS, ATAS, Predikat.SANGAT_BAIK),
    (SESUAI, BAWAH, Predikat.KURANG),
    (SESUAI, SESUAI, Predikat.BAIK),
    (SESUAI, ATAS, Predikat.BAIK),
    (BAWAH, BAWAH, Predikat.SANGAT_KURANG),
    (BAWAH, SESUAI, Predikat.BUTUH_PERBAIKAN),
    (BAWAH, ATAS, Predikat.BUTUH_PERBAIKAN),
]


@pytest.mark.parametrize(("hasil", "perilaku", "predikat"), MATRIKS)
def test_rating_sets_the_matrix_predikat(
    layanan: LayananPenilaian,
    uow: UnitOfWork,
    dunia: Dunia,
    hasil: Rating,
    perilaku: Rating,
    predikat: Predikat,
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.kepala)
    layanan.tambah_feedback(pp_id, POS, "Baik", iki_id=dunia.skp[dunia.staf.pegawai_id].iki_ids[0])
    penilaian_id = layanan.set_rating(pp_id, hasil, perilaku)
    with uow.read() as s:
        p = s.get(PenilaianPeriode, penilaian_id)
        assert p is not None
        assert (p.rating_hasil_kerja, p.rating_perilaku_kerja, p.predikat) == (
            hasil,
            perilaku,
            predikat,
        )
        assert p.dinilai_oleh_id == dunia.kepala.pegawai_id
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.op == "rating.set")).one()
        assert entry.payload["predikat"] == predikat.value


def test_rating_one_at_a_time_and_changed_later(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.kepala)
    layanan.tambah_feedback(pp_id, POS, "Baik", iki_id=dunia.skp[dunia.staf.pegawai_id].iki_ids[0])
    a = layanan.set_rating(pp_id, ATAS, None)
    with uow.read() as s:
        assert s.get(PenilaianPeriode, a).predikat is None  # type: ignore[union-attr]
    b = layanan.set_rating(pp_id, ATAS, SESUAI)
    c = layanan.set_rating(pp_id, BAWAH, SESUAI)
    assert a == b == c
    with uow.read() as s:
        assert s.get(PenilaianPeriode, a).predikat is Predikat.BUTUH_PERBAIKAN  # type: ignore[union-attr]
    assert [op for op, _ in ops(uow)].count("rating.set") == 3


def test_ketua_tim_cannot_rate(layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, dunia.ketua)
    layanan.tambah_feedback(pp_id, POS, "Baik", iki_id=dunia.skp[dunia.staf.pegawai_id].iki_ids[0])
    with pytest.raises(ForbiddenError, match="Ketua tim hanya dapat memberi feedback"):
        layanan.set_rating(pp_id, SESUAI, SESUAI)
    assert count(uow, PenilaianPeriode) == 0


@pytest.mark.parametrize("siapa", ["staf", "rekan"])
def test_owner_and_rekan_cannot_rate(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, siapa: str
) -> None:
    pp_id = tw1_staf(layanan, dunia)
    sebagai(uow, getattr(dunia, siapa))
    with pytest.raises(ForbiddenError, match="Hanya pejabat penilai"):
        layanan.set_rating(pp_id, SESUAI, SESUAI)


def test_every_write_notifies_listeners_with_its_records(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia
) -> None:
    seen: list[ChangeSet] = []
    uow.subscribe(seen.append)
    pp_id = tw1_staf(layanan, dunia)
    layanan.set_realisasi(pp_id, dunia.skp[dunia.staf.pegawai_id].iki_ids[0], "4", None)
    assert seen[0].ids("periode_penilaian") == {pp_id}
    assert "realisasi" in seen[1].kinds()
