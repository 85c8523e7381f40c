"""`ekinerja-server`: the command line of the central sync server."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from alembic.util.exc import CommandError
from sqlalchemy.exc import ArgumentError

from ekinerja_desktop.domain.penilaian import BATAS_UKURAN_BERKAS
from ekinerja_server.app import create_app, settings_env
from ekinerja_server.config import DEFAULT_HOST, DEFAULT_PORT, Settings, default_database_url
from ekinerja_server.db import DatabaseUnavailableError, UnsupportedDatabaseError, redacted
from ekinerja_server.logging_setup import setup_logging
from ekinerja_server.migrate import upgrade

log = logging.getLogger("ekinerja_server")

TOOLS = ("create-admin", "kata-sandi", "import", "demo", "epoch-baru", "pangkas-tombstone")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ekinerja-server", description="Server sinkronisasi pusat e-Kinerja."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    database_help = (
        "URL basis data, mis. postgresql://user@host/db (bawaan: file SQLite di folder data "
        "pengguna). Kata sandi lebih baik lewat PGPASSWORD atau ~/.pgpass daripada di URL."
    )

    serve = commands.add_parser("serve", help="migrasikan basis data lalu jalankan server")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"bawaan {DEFAULT_HOST}")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"bawaan {DEFAULT_PORT}")
    serve.add_argument("--database-url", help=database_help)
    serve.add_argument(
        "--blob-dir",
        help="folder berkas lampiran (bawaan: folder 'blobs' di samping basis data SQLite)",
    )
    serve.add_argument("--workers", type=int, default=1, help="jumlah proses server (bawaan 1)")
    serve.add_argument(
        "--max-blob-mb",
        type=float,
        default=BATAS_UKURAN_BERKAS / (1024 * 1024),
        help="ukuran berkas lampiran terbesar dalam MB (bawaan 20)",
    )

    migrate = commands.add_parser("migrate", help="migrasikan basis data ke skema terbaru")
    migrate.add_argument("--database-url", help=database_help)

    admin = commands.add_parser("create-admin", help="buat (atau perbarui) akun admin")
    admin.add_argument(
        "--nip", required=True, help="NIP akun admin (pegawai dengan NIP ini, jika ada)"
    )
    admin.add_argument("--database-url", help=database_help)
    admin.add_argument(
        "--kata-sandi-stdin",
        action="store_true",
        help="baca kata sandi dari stdin (untuk skrip) alih-alih menanyakannya",
    )

    sandi = commands.add_parser("kata-sandi", help="atur kata sandi akun pegawai")
    sandi.add_argument("--nip", required=True)
    sandi.add_argument("--database-url", help=database_help)
    sandi.add_argument("--kata-sandi-stdin", action="store_true")

    imp = commands.add_parser("import", help="impor unor dan pegawai dari berkas .xlsx")
    imp.add_argument("berkas", help="berkas .xlsx dengan lembar Unor dan Pegawai")
    imp.add_argument("--instansi", help="nama instansi (wajib jika belum ada atau lebih dari satu)")
    imp.add_argument("--database-url", help=database_help)

    epoch = commands.add_parser(
        "epoch-baru",
        help="setelah memulihkan basis data dari cadangan: beri epoch baru, agar setiap "
        "laptop mengirim ulang perubahan 60 hari terakhirnya",
    )
    epoch.add_argument("--database-url", help=database_help)

    pangkas = commands.add_parser(
        "pangkas-tombstone",
        help="hapus jejak data yang dihapus lebih dari N hari lalu dari umpan sinkronisasi",
    )
    pangkas.add_argument("--hari", type=int, default=400, help="bawaan 400")
    pangkas.add_argument("--database-url", help=database_help)

    demo = commands.add_parser("demo", help="isi basis data kosong dengan instansi demo")
    demo.add_argument("--pegawai", type=int, default=40, help="jumlah pegawai (bawaan 40)")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument(
        "--kata-sandi",
        help="satu kata sandi untuk semua akun demo (pengembangan/uji); bawaan: acak per peran",
    )
    demo.add_argument("--database-url", help=database_help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    settings = Settings(
        database_url=args.database_url or default_database_url(),
        host=getattr(args, "host", DEFAULT_HOST),  # only `serve` has --host/--port
        port=getattr(args, "port", DEFAULT_PORT),
        blob_dir=Path(args.blob_dir) if getattr(args, "blob_dir", None) else None,
        max_blob_bytes=int(
            getattr(args, "max_blob_mb", BATAS_UKURAN_BERKAS / (1024 * 1024)) * 1024 * 1024
        ),
    )
    # Migrating first also proves the database is reachable: better to stop here with one
    # clear line than to serve 503s.
    try:
        epoch = upgrade(settings.database_url)
    except (DatabaseUnavailableError, UnsupportedDatabaseError) as error:
        return _fail(str(error))
    except ArgumentError as error:
        return _fail(f"URL basis data tidak valid: {error}")
    except OSError as error:  # e.g. the SQLite file's folder cannot be created
        return _fail(f"Basis data tidak dapat dibuka: {error}")
    except CommandError as error:  # e.g. a database migrated by a newer server version
        return _fail(f"Migrasi basis data gagal: {error}")
    log.info(
        "database ready",
        extra={"fields": {"database": redacted(settings.database_url), "server_epoch": epoch}},
    )
    if args.command in (
        "create-admin",
        "kata-sandi",
        "import",
        "demo",
        "epoch-baru",
        "pangkas-tombstone",
    ):
        return run_tool(args, settings.database_url)
    if args.command == "serve":
        # log_config=None keeps our JSON handler; uvicorn's access log would print query
        # strings and client addresses, our middleware logs what we choose instead.
        if args.workers > 1:
            # Several processes (PostgreSQL: pushes of different clients run side by side;
            # each push path is safe to run concurrently). uvicorn builds each worker's app.
            os.environ.update(settings_env(settings))
            uvicorn.run(
                "ekinerja_server.app:app_from_env",
                factory=True,
                workers=args.workers,
                host=settings.host,
                port=settings.port,
                log_config=None,
                access_log=False,
            )
            return 0
        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_config=None,
            access_log=False,
        )
    return 0


def run_tool(args: argparse.Namespace, database_url: str) -> int:
    """The operator subcommands; each prints what it did, never a password it was given."""
    from ekinerja_server.tools import run

    try:
        return run(args, database_url)
    except ValueError as error:  # AccountError, ImportError_: Indonesian, for the operator
        return _fail(str(error))


def _fail(message: str) -> int:
    print(f"ekinerja-server: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
