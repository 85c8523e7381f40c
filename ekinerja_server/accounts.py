"""Accounts from the command line: the first admin, a password for a pegawai, the demo."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.db import Database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.models import Pegawai
from ekinerja_server import security
from ekinerja_server.db import create_server_engine
from ekinerja_server.models import Akun
from ekinerja_server.seed import index_new_rows, sqlite_pragmas_for_postgresql

UNUSABLE_HASH = "!"  # no password set yet: every login fails until one is


class AccountError(ValueError):
    """A problem the operator must fix; the message is Indonesian."""


def set_password(
    session: Session, nip: str, password: str, admin: bool | None = None
) -> tuple[Akun, bool]:
    """Create or update the account of `nip`; linked to the pegawai with that NIP, if any.
    Returns (akun, created)."""
    nip = nip.strip()
    if not nip:
        raise AccountError("NIP wajib diisi.")
    if len(password) < 8:
        raise AccountError("Kata sandi paling sedikit 8 karakter.")
    pegawai = session.scalar(select(Pegawai).where(Pegawai.nip == nip))
    akun = session.scalar(select(Akun).where(Akun.nip == nip))
    created = akun is None
    if akun is None:
        akun = Akun(nip=nip, password_hash=UNUSABLE_HASH, is_admin=False, is_active=True)
        session.add(akun)
    if admin is None and akun.pegawai_id is None and pegawai is None:
        raise AccountError(f"Tidak ada pegawai dengan NIP {nip}; gunakan create-admin.")
    akun.password_hash = security.hash_password(password)
    if pegawai is not None:
        akun.pegawai_id = pegawai.id
    if admin is not None:
        akun.is_admin = admin
    session.flush()
    return akun, created


@dataclass(frozen=True)
class DemoAccount:
    peran: str
    nip: str
    nama: str
    password: str


def create_demo(
    database_url: str,
    jumlah_pegawai: int = 40,
    seed: int = 2026,
    kata_sandi: str | None = None,
    tahun: int | None = None,
) -> list[DemoAccount]:
    """The demo instansi in the server database, an account per pegawai; returns the demo
    users (per role) with their passwords, to print once. With `kata_sandi` every account
    gets that password (for `make run` and tests); else the role users get random ones and
    the others none (set one with `kata-sandi`)."""
    engine = create_server_engine(database_url)
    sqlite_pragmas_for_postgresql(engine)
    db = Database(engine)
    try:
        info = buat_demo(db, jumlah_pegawai=jumlah_pegawai, seed=seed, tahun=tahun)
        shared = security.hash_password(kata_sandi) if kata_sandi else None
        accounts: list[DemoAccount] = []
        with db.write_session() as session, session.begin():
            index_new_rows(session)
            role_of = {pid: role for role, pid in info.pengguna.items()}
            for pegawai in session.scalars(select(Pegawai).order_by(Pegawai.nip)):
                role = role_of.get(pegawai.id)
                password = kata_sandi or (security.new_password() if role else None)
                if shared:
                    password_hash = shared
                elif password:
                    password_hash = security.hash_password(password)
                else:
                    password_hash = UNUSABLE_HASH
                session.add(
                    Akun(
                        pegawai_id=pegawai.id,
                        nip=pegawai.nip,
                        password_hash=password_hash,
                        is_admin=pegawai.is_admin,
                    )
                )
                if role and password:
                    accounts.append(DemoAccount(role, pegawai.nip, pegawai.nama, password))
        order = list(info.pengguna)
        return sorted(accounts, key=lambda a: order.index(a.peran))
    finally:
        engine.dispose()
