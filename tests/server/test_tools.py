"""The operator subcommands: create-admin, kata-sandi, import (xlsx)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from ekinerja_desktop.models import Pegawai, Unor
from ekinerja_server.db import create_server_engine
from ekinerja_server.migrate import upgrade
from ekinerja_server.models import Akun, ChangeLog
from tests.server.processes import start_server
from tests.server.sync_support import Api

NIP_KEPALA = "197001011995031001"
NIP_STAF = "199002022015042002"


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ekinerja_server", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _workbook(path: Path, pegawai: list[list[object]]) -> Path:
    book = Workbook()
    unor = book.active
    assert unor is not None
    unor.title = "Unor"
    unor.append(["nama", "jenis", "unor_atasan", "unor_induk", "mandiri", "kota"])
    unor.append(["Dinas Contoh", "JPT Pratama", None, None, "ya", "Denpasar"])
    unor.append(["Bidang Program", "Eselon III", "Dinas Contoh", "Dinas Contoh", "tidak", None])
    sheet = book.create_sheet("Pegawai")
    sheet.append(
        ["nip", "nama", "jabatan", "unor", "golongan", "jenis_jabatan", "nip_atasan", "admin"]
    )
    for row in pegawai:
        sheet.append(row)
    book.save(path)
    return path


def _count(url: str, model: type) -> int:
    engine = create_server_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        engine.dispose()


def test_import_reports_errors_by_row_and_column_and_imports_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    upgrade(url)
    bad = _workbook(
        tmp_path / "salah.xlsx",
        [
            [
                NIP_KEPALA,
                "Kepala",
                "Kepala Dinas",
                "Dinas Contoh",
                "IV/c",
                "PIMPINAN",
                None,
                "tidak",
            ],
            [
                "19900202201504200",
                "Staf",
                "Analis",
                "Dinas Contoh",
                "III/a",
                None,
                NIP_KEPALA,
                None,
            ],
            [NIP_STAF, "Staf Dua", "Analis", "Bidang Hilang", "V/z", "KEPALA", "123", "mungkin"],
        ],
    )
    result = _cli("import", str(bad), "--instansi", "Pemda Contoh", "--database-url", url)
    assert result.returncode == 1
    out = result.stdout
    assert "tidak ada data yang diimpor" in out
    assert "Lembar Pegawai, baris 3, kolom nip: NIP harus 18 digit, tertulis 17." in out
    assert "Lembar Pegawai, baris 4, kolom unor: unit 'Bidang Hilang' tidak dikenal." in out
    assert "Lembar Pegawai, baris 4, kolom golongan:" in out
    assert "Lembar Pegawai, baris 4, kolom jenis_jabatan:" in out
    assert "Lembar Pegawai, baris 4, kolom nip_atasan: NIP 123 tidak dikenal." in out
    assert "Lembar Pegawai, baris 4, kolom admin:" in out
    assert _count(url, Pegawai) == 0 and _count(url, Unor) == 0


def test_import_create_admin_and_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    upgrade(url)
    good = _workbook(
        tmp_path / "benar.xlsx",
        [
            [NIP_STAF, "Staf", "Analis", "Bidang Program", "III/a", None, NIP_KEPALA, None],
            [NIP_KEPALA, "Kepala", "Kepala Dinas", "Dinas Contoh", "IV/c", "PIMPINAN", None, "ya"],
        ],
    )
    result = _cli("import", str(good), "--instansi", "Pemda Contoh", "--database-url", url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pegawai 2 baru" in result.stdout
    assert _count(url, ChangeLog) == 5  # instansi, 2 unor, 2 pegawai: all in the pull feed
    again = _cli("import", str(good), "--database-url", url)  # the one instansi: no --instansi
    assert again.returncode == 0 and "pegawai 0 baru, 2 diubah" in again.stdout

    made = _cli(
        "create-admin",
        "--nip",
        NIP_KEPALA,
        "--kata-sandi-stdin",
        "--database-url",
        url,
        stdin="sandi-admin-123\n",
    )
    assert made.returncode == 0, made.stderr
    assert "sandi-admin-123" not in made.stdout + made.stderr
    short = _cli(
        "kata-sandi", "--nip", NIP_STAF, "--kata-sandi-stdin", "--database-url", url, stdin="x\n"
    )
    assert short.returncode == 1 and "paling sedikit 8" in short.stderr
    staff = _cli(
        "kata-sandi",
        "--nip",
        NIP_STAF,
        "--kata-sandi-stdin",
        "--database-url",
        url,
        stdin="sandi-staf-123\n",
    )
    assert staff.returncode == 0
    assert _count(url, Akun) == 2

    server = start_server(url, tmp_path / "server.log")
    try:
        admin = Api(server.url, NIP_KEPALA, password="sandi-admin-123").connect()
        admin.pull()
        assert {e for e, _ in admin.rows} == {"instansi", "unor", "pegawai"}
        pegawai = Api(server.url, NIP_STAF, password="sandi-staf-123").connect()
        pegawai.pull()
        assert len([k for k in pegawai.rows if k[0] == "pegawai"]) == 2
    finally:
        server.stop()
