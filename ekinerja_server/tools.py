"""The operator subcommands of `ekinerja-server`: create-admin, kata-sandi, import, demo,
epoch-baru (after a restore), pangkas-tombstone."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ekinerja_desktop.db import Database
from ekinerja_desktop.models.base import utcnow
from ekinerja_server.accounts import AccountError, create_demo, set_password
from ekinerja_server.db import create_server_engine
from ekinerja_server.importer import ImportError_, import_workbook
from ekinerja_server.maintenance import prune_tombstones, renew_epoch


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise AccountError("Kata sandi tidak sama.")
    return first


def run(args: argparse.Namespace, database_url: str) -> int:
    if args.command == "demo":
        accounts = create_demo(database_url, args.pegawai, args.seed, args.kata_sandi)
        print("Instansi demo dibuat. Akun demo (kata sandi hanya ditampilkan sekali):")
        print("peran, NIP, nama, password")
        for a in accounts:
            print(f"{a.peran}, {a.nip}, {a.nama}, {a.password}")
        return 0
    engine = create_server_engine(database_url)
    db = Database(engine)
    try:
        if args.command == "epoch-baru":
            with db.write_session() as session, session.begin():
                epoch = renew_epoch(session)
            print(f"Epoch server baru: {epoch}. Laptop akan mengirim ulang perubahannya.")
            return 0
        if args.command == "pangkas-tombstone":
            with db.write_session() as session, session.begin():
                dropped = prune_tombstones(session, utcnow(), args.hari)
            print(f"{dropped} jejak penghapusan dipangkas.")
            return 0
        if args.command in ("create-admin", "kata-sandi"):
            password = _read_password(args.kata_sandi_stdin)
            with db.write_session() as session, session.begin():
                admin = True if args.command == "create-admin" else None
                akun, created = set_password(session, args.nip, password, admin=admin)
                what = "dibuat" if created else "diperbarui"
                role = "admin " if akun.is_admin else ""
                print(f"Akun {role}{akun.nip} {what}.")
            return 0
        if args.command == "import":
            path = Path(args.berkas)
            if not path.is_file():
                raise AccountError(f"Berkas tidak ditemukan: {path}")
            try:
                with db.write_session() as session, session.begin():
                    result = import_workbook(session, path, args.instansi)
            except ImportError_ as error:
                print(f"Impor dibatalkan; tidak ada data yang diimpor ({len(error.errors)} galat):")
                for line in error.errors:
                    print(f"- {line}")
                return 1
            print(
                f"Impor selesai: unor {result.unor_baru} baru, {result.unor_diubah} diubah; "
                f"pegawai {result.pegawai_baru} baru, {result.pegawai_diubah} diubah."
            )
            return 0
    finally:
        engine.dispose()
    raise AccountError(f"perintah tidak dikenal: {args.command}")
