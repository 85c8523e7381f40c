"""Backups the user makes and restores: "Cadangkan sekarang" and "Pulihkan" (USERS.md pain 5).

Never a file copy of the live database (USERS.md "Avoid"): every copy goes through SQLite's
backup API, which reads one consistent snapshot while the app (or sync) keeps writing.

A backup is one self-contained SQLite file (rollback journal, no `-wal` beside it) holding the
whole database plus two tables of its own: `ekinerja_cadangan` (when and by which release it was
written) and `ekinerja_cadangan_berkas` (the bukti dukung files not yet uploaded: they live in
`blobs/`, outside the database, and would otherwise stay behind on a lost laptop).

A restore checks the file before anything changes (it opens as SQLite, `integrity_check` is ok,
it is an e-Kinerja Desktop database, no newer release wrote it), then: restores it into a
temporary file beside the database, puts its carried files into `blobs/`, migrates it to the
current head (`open_database`, as at start), backs the current database up into `cadangan/`
(so a wrong restore is undone by restoring that), and writes it over the database through the
backup API. The app's own connections must be closed meanwhile (app.py restores between closing
and reopening).

A restored database is a second copy of a client's outbox stream: the laptop it came from may
have pushed more under the same `client_id`, with `client_seq` numbers the server would take for
repeats of the restored ones. So the restore forgets the server epoch the database knew (a fresh
value no server has): the next hello is answered `epoch_changed`, and the sync engine's recovery
(SYNC.md "Versions and recovery") registers a new client_id and pushes the outbox and the 60-day
sent log again in order, the server's `op_id` dedupe keeping what it already had from applying
twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from ekinerja_desktop.db import backup_database, check_not_newer, open_database, shipped_head
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import SyncState
from ekinerja_desktop.paths import Paths

log = logging.getLogger(__name__)

TABEL_INFO = "ekinerja_cadangan"
TABEL_BERKAS = "ekinerja_cadangan_berkas"
#: Tables every e-Kinerja Desktop database has had since its first revision.
TABEL_WAJIB = frozenset({"alembic_version", "app_meta", "outbox", "pegawai", "skp", "sync_state"})
#: The server's database holds the domain tables too; these tell it apart.
TABEL_SERVER = frozenset({"akun", "client", "op_outcome", "server_meta"})
LABEL_SEBELUM_PULIHKAN = "sebelum-pulihkan"
#: The sync service's key for the last signed-in user (services may not import sync/).
PENGGUNA_TERAKHIR = "sync.pengguna_terakhir"
BELUM_TERKIRIM = ("pending", "sending")
_OTOMATIS = re.compile(r"ekinerja-(\d{8}-\d{6})(?:-\d+)?-(.+)\.db")
_SALIN_PER_LANGKAH = -1  # the whole copy in one step: another writer cannot make it restart


class CadanganDitolak(UserError):
    """The file cannot be restored (corrupt, not ours, too new); nothing was changed."""


@dataclass(frozen=True)
class InfoCadangan:
    """What a backup file (or the current database) holds, as the dialogs show it."""

    path: Path
    ukuran: int  # bytes
    dibuat_pada: datetime | None  # local time; None: unknown
    revisi: str | None
    perlu_migrasi: bool  # an older release wrote it: migrated on restore
    nip: str | None  # whose data: the last user signed in there
    nama: str | None
    jumlah_skp: int
    belum_terkirim: int  # operations in its outbox the server has not acknowledged
    lampiran: int  # bukti dukung files not uploaded yet (carried inside a backup)
    versi_aplikasi: str | None = None


@dataclass(frozen=True)
class CadanganOtomatis:
    """A backup the app took by itself into `cadangan/` (before a migration or a restore)."""

    id: str  # the file name
    path: Path
    dibuat_pada: datetime
    ukuran: int
    alasan: str  # the label in its name: "sebelum-migrasi-0002", "sebelum-pulihkan", …


@dataclass(frozen=True)
class HasilPemulihan:
    info: InfoCadangan  # what was restored
    cadangan_sebelumnya: Path | None  # the database as it was before, in `cadangan/`


class LayananCadangan:
    """Backups and restores of one installation's database (`Paths`)."""

    def __init__(
        self,
        paths: Paths,
        versi_aplikasi: str = "dev",
        jam: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.paths = paths
        self.versi_aplikasi = versi_aplikasi
        self.jam = jam

    # --- backing up -------------------------------------------------------------------------

    def nama_bawaan(self, nip: str | None) -> str:
        """`ekinerja-cadangan-<NIP>-<yyyy-mm-dd-HHMM>.db`: sorts by date, says whose it is."""
        stamp = self.jam().strftime("%Y-%m-%d-%H%M")
        return f"ekinerja-cadangan-{nip}-{stamp}.db" if nip else f"ekinerja-cadangan-{stamp}.db"

    def buat_cadangan(self, target: Path) -> InfoCadangan:
        """Write a checked backup of the database to `target` (replaced only when complete)."""
        if _sama(target, self.paths.database):
            raise UserError("Pilih berkas lain: berkas itu adalah basis data yang sedang dipakai.")
        if not target.parent.is_dir():
            raise UserError(f"Folder {target.parent} tidak ada; pilih folder lain.")
        sementara = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.sementara")
        try:
            src = closing(_buka(self.paths.database, "ro"))
            with src as sumber, closing(sqlite3.connect(sementara)) as dst:
                sumber.backup(dst, pages=_SALIN_PER_LANGKAH)
                dst.execute("PRAGMA journal_mode=DELETE")  # one file, nothing beside it
                self._sertakan(dst)
                if not _utuh(dst):
                    raise UserError(
                        "Cadangan yang tertulis tidak utuh (pemeriksaan keutuhan gagal); "
                        "coba simpan ke tempat lain."
                    )
            os.replace(sementara, target)
        except OSError as error:
            raise UserError(
                f"Cadangan tidak dapat ditulis ke {target}: {error.strerror or error}."
            ) from error
        except sqlite3.Error as error:
            raise UserError(f"Cadangan tidak dapat dibuat: {error}.") from error
        finally:
            _hapus(sementara)
        log.info("backup written: %s", target)
        with closing(_buka(target, "berkas")) as conn:
            return _ringkas(conn, target, self.paths.database)

    def _sertakan(self, dst: sqlite3.Connection) -> None:
        """Add when and by what the backup was written, and the files not uploaded yet."""
        with dst:
            dst.execute(f"CREATE TABLE {TABEL_INFO} (kunci TEXT PRIMARY KEY, nilai TEXT)")
            dst.executemany(
                f"INSERT INTO {TABEL_INFO} VALUES (?, ?)",
                [
                    ("dibuat_pada", self.jam().isoformat(timespec="seconds")),
                    ("versi_aplikasi", self.versi_aplikasi),
                ],
            )
            dst.execute(f"CREATE TABLE {TABEL_BERKAS} (sha256 TEXT PRIMARY KEY, isi BLOB)")
            belum = dst.execute("SELECT sha256 FROM blob WHERE upload_state != 'done'").fetchall()
            for (sha256,) in belum:
                berkas = self.paths.blobs / sha256
                if not berkas.is_file():
                    continue  # already lost here; the sync screen says so
                isi = berkas.read_bytes()
                if hashlib.sha256(isi).hexdigest() == sha256:
                    dst.execute(f"INSERT INTO {TABEL_BERKAS} VALUES (?, ?)", (sha256, isi))

    # --- what a file holds ------------------------------------------------------------------

    def info_saat_ini(self) -> InfoCadangan:
        """The current database, for the confirmation that names what will be replaced."""
        with closing(_buka(self.paths.database, "ro")) as conn:
            return _ringkas(conn, self.paths.database, None)

    def daftar_otomatis(self) -> list[CadanganOtomatis]:
        """The automatic backups in `cadangan/`, newest first."""
        rows = [cadangan_otomatis(path) for path in self.paths.backups.glob("ekinerja-*.db")]
        return sorted((row for row in rows if row), key=lambda row: row.id, reverse=True)

    def periksa_cadangan(self, path: Path) -> InfoCadangan:
        """What the file holds, or `CadanganDitolak` saying why it cannot be restored."""
        if not path.is_file():
            raise CadanganDitolak(f"Berkas {path} tidak ditemukan.")
        if _sama(path, self.paths.database):
            raise CadanganDitolak(
                "Berkas itu adalah basis data yang sedang dipakai, bukan cadangan."
            )
        try:
            with closing(_buka(path, "berkas")) as conn:
                tabel = _tabel(conn)
                if not tabel >= TABEL_WAJIB or tabel & TABEL_SERVER:
                    raise CadanganDitolak(
                        f"{path.name} bukan cadangan e-Kinerja Desktop; data Anda tidak diubah."
                    )
                if not _utuh(conn):
                    raise _rusak(path)
                _tidak_lebih_baru(path)
                return _ringkas(conn, path, self.paths.database)
        except sqlite3.DatabaseError as error:
            raise _rusak(path) from error

    # --- restoring --------------------------------------------------------------------------

    def pulihkan(self, sumber: Path) -> HasilPemulihan:
        """Replace the database with the backup `sumber` (see the module). The app's
        connections to the database must be closed. Refusals change nothing."""
        info = self.periksa_cadangan(sumber)
        live = self.paths.database
        sementara = live.with_name(f".pulihkan-{uuid.uuid4().hex[:8]}.db")
        try:
            with (
                closing(_buka(sumber, "berkas")) as src,
                closing(sqlite3.connect(sementara)) as dst,
            ):
                src.backup(dst, pages=_SALIN_PER_LANGKAH)
                self._keluarkan(dst)
            db = open_database(sementara)  # migrated to head, the same path as at start
            try:
                with db.write_session() as session, session.begin():
                    for state in session.scalars(select(SyncState)):
                        state.server_epoch = str(uuid.uuid4())  # see the module: re-register
            finally:
                db.dispose()
            if not _utuh_berkas(sementara):
                raise _rusak(sumber)
            sebelumnya = None
            if live.is_file() and live.stat().st_size > 0:
                sebelumnya = backup_database(live, self.paths.backups, LABEL_SEBELUM_PULIHKAN)
            with closing(sqlite3.connect(sementara)) as src, closing(_buka(live, "rw")) as dst:
                src.backup(dst, pages=_SALIN_PER_LANGKAH)
        except OSError as error:
            raise UserError(
                f"Pemulihan gagal: {error.strerror or error}. Data Anda tidak diubah."
            ) from error
        except sqlite3.Error as error:  # e.g. the disk filled up: the copy was rolled back
            raise UserError(f"Pemulihan gagal ({error}); data Anda tidak diubah.") from error
        finally:
            _hapus(sementara)
        log.warning("database restored from %s (before: %s)", sumber, sebelumnya)
        return HasilPemulihan(info, sebelumnya)

    def _keluarkan(self, conn: sqlite3.Connection) -> None:
        """The carried files into `blobs/`, and the backup's own tables out of the database."""
        tabel = _tabel(conn)
        if TABEL_BERKAS in tabel:
            self.paths.blobs.mkdir(parents=True, exist_ok=True)
            for sha256, isi in conn.execute(f"SELECT sha256, isi FROM {TABEL_BERKAS}"):
                _simpan_berkas(self.paths.blobs, str(sha256), bytes(isi))
        with conn:
            for nama in (TABEL_INFO, TABEL_BERKAS):
                conn.execute(f"DROP TABLE IF EXISTS {nama}")


def cadangan_otomatis(path: Path) -> CadanganOtomatis | None:
    """The automatic backup at `path`, known by its name (`db.backup_database`); else None."""
    found = _OTOMATIS.fullmatch(path.name)
    if found is None or not path.is_file():
        return None
    dibuat = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    return CadanganOtomatis(path.name, path, dibuat, path.stat().st_size, found.group(2))


# --- SQLite helpers ---------------------------------------------------------------------------


def _buka(path: Path, mode: str) -> sqlite3.Connection:
    """A connection: "rw"; "ro" (never creates the file, reads a `-wal` beside it); "berkas": a
    backup file, read-only, and immutable when no `-wal` is beside it, so checking a backup
    leaves no `-wal`/`-shm` next to it (a USB stick stays as it was)."""
    uri = path.resolve().as_uri()
    if mode == "berkas":
        mode = "ro" if path.with_name(path.name + "-wal").exists() else "immutable"
    if mode == "ro":
        uri += "?mode=ro"
    elif mode == "immutable":
        uri += "?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def _tabel(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _utuh(conn: sqlite3.Connection) -> bool:
    row = conn.execute("PRAGMA integrity_check").fetchone()
    return bool(row and row[0] == "ok")


def _utuh_berkas(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        return _utuh(conn)


def _rusak(path: Path) -> CadanganDitolak:
    return CadanganDitolak(
        f"{path.name} rusak atau bukan basis data (pemeriksaan keutuhan gagal); "
        "data Anda tidak diubah. Pilih cadangan lain."
    )


def _tidak_lebih_baru(path: Path) -> None:
    """`check_not_newer` (the check at start) on the file, read-only."""
    engine = create_engine("sqlite://", creator=lambda: _buka(path, "berkas"))
    try:
        revisi = check_not_newer(engine)
    except UserError as error:
        raise CadanganDitolak(
            f"{path.name} dibuat oleh versi e-Kinerja Desktop yang lebih baru. Pasang versi "
            "terbaru lalu pulihkan lagi; data Anda tidak diubah."
        ) from error
    finally:
        engine.dispose()
    if revisi is None:
        raise CadanganDitolak(
            f"{path.name} bukan cadangan e-Kinerja Desktop; data Anda tidak diubah."
        )


def _ringkas(conn: sqlite3.Connection, path: Path, live: Path | None) -> InfoCadangan:
    """The summary of an e-Kinerja database by plain SQL (it may be of an older revision)."""
    tabel = _tabel(conn)

    def satu(sql: str, *args: object) -> Any:
        row = conn.execute(sql, args).fetchone()
        return row[0] if row else None

    def hitung(sql: str, *args: object) -> int:
        return int(satu(sql, *args) or 0)

    info: dict[str, str] = {}
    if TABEL_INFO in tabel:
        info = {str(k): str(v) for k, v in conn.execute(f"SELECT kunci, nilai FROM {TABEL_INFO}")}
    nip, nama = _pemilik(satu)
    if TABEL_BERKAS in tabel:
        lampiran = hitung(f"SELECT count(*) FROM {TABEL_BERKAS}")
    else:
        lampiran = hitung("SELECT count(*) FROM blob WHERE upload_state != 'done'")
    revisi = satu("SELECT version_num FROM alembic_version")
    tunggu = ",".join("?" * len(BELUM_TERKIRIM))
    return InfoCadangan(
        path=path,
        ukuran=path.stat().st_size,
        dibuat_pada=_tanggal(info.get("dibuat_pada"), path, live),
        revisi=str(revisi) if revisi is not None else None,
        perlu_migrasi=revisi is not None and str(revisi) != shipped_head(),
        nip=nip,
        nama=nama,
        jumlah_skp=hitung("SELECT count(*) FROM skp WHERE deleted_at IS NULL"),
        belum_terkirim=hitung(
            f"SELECT count(*) FROM outbox WHERE state IN ({tunggu})", *BELUM_TERKIRIM
        ),
        lampiran=lampiran,
        versi_aplikasi=info.get("versi_aplikasi"),
    )


def _pemilik(satu: Callable[..., Any]) -> tuple[str | None, str | None]:
    """Whose data: the last user signed in there, else the one that synced last."""
    nip: str | None = None
    nama: str | None = None
    teks = satu("SELECT value FROM app_meta WHERE key = ?", PENGGUNA_TERAKHIR)
    if isinstance(teks, str):
        try:
            data = json.loads(teks)
        except ValueError:
            data = None
        if isinstance(data, dict):
            nip = str(data["nip"]) if data.get("nip") else None
            nama = str(data["nama"]) if data.get("nama") else None
    if nip is None:
        found = satu("SELECT user_nip FROM sync_state ORDER BY last_push_at DESC LIMIT 1")
        nip = str(found) if found else None
    if nip is not None and nama is None:
        found = satu("SELECT nama FROM pegawai WHERE nip = ? AND deleted_at IS NULL", nip)
        nama = str(found) if found else None
    return nip, nama


def _tanggal(disimpan: str | None, path: Path, live: Path | None) -> datetime | None:
    """When the backup was written: as recorded in it, else from an automatic backup's name,
    else the file's time (a copy usually keeps it); the live database has no date."""
    if disimpan:
        try:
            return datetime.fromisoformat(disimpan)
        except ValueError:
            pass
    if live is None:
        return None
    found = _OTOMATIS.fullmatch(path.name)
    if found is not None:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def _simpan_berkas(folder: Path, sha256: str, isi: bytes) -> None:
    """A carried file under its hash, whole or not at all (as `BlobStore` writes)."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256) or hashlib.sha256(isi).hexdigest() != sha256:
        log.warning("carried file %s does not match its hash; skipped", sha256[:12])
        return
    target = folder / sha256
    if target.is_file():
        return
    sementara = folder / f".tmp-{uuid.uuid4().hex}"
    with sementara.open("wb") as out:
        out.write(isi)
        out.flush()
        os.fsync(out.fileno())
    os.replace(sementara, target)


def _sama(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _hapus(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
