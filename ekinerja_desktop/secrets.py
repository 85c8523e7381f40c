"""The refresh token of each server and user, and the password of a manual proxy, kept in the
OS keyring and nowhere else on disk.

Where the computer has no keyring backend (a bare Linux session, some locked-down Windows
profiles), the token lives in memory for this session only and the user is told so: the next
start asks for the password again. A secret is never written to a file by this app.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

log = logging.getLogger(__name__)

SERVICE = "ekinerja-desktop"
PREFIX_PROXY = "proxy:"  # a proxy's password is kept under "proxy:<url>|<user name>"

PESAN_TANPA_KEYRING = (
    "Komputer ini tidak memiliki penyimpanan kunci (keyring), jadi tanda masuk hanya disimpan "
    "selama aplikasi terbuka. Kata sandi akan diminta lagi setiap kali aplikasi dibuka."
)


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the process ends (tests; no OS backend)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def _key(server_url: str, nip: str) -> str:
    return f"{server_url.rstrip('/')}|{nip}"


class TokenStore:
    """Refresh tokens per (server, NIP) in the keyring, or in memory when there is none."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._memory = MemoryKeyring()
        self.persistent = not isinstance(self._backend, fail.Keyring)
        if not self.persistent:
            log.warning("no keyring backend: tokens kept in memory for this session only")

    @property
    def pesan(self) -> str | None:
        """What to tell the user about where the sign-in is kept (None: all is well)."""
        return None if self.persistent else PESAN_TANPA_KEYRING

    def get(self, server_url: str, nip: str) -> str | None:
        key = _key(server_url, nip)
        if self.persistent:
            try:
                token = self._backend.get_password(SERVICE, key)
            except keyring.errors.KeyringError as error:
                self._lost_backend(error)
            else:
                if token is not None:
                    return token
        return self._memory.get_password(SERVICE, key)

    def set(self, server_url: str, nip: str, token: str) -> bool:
        """Keep the token; returns whether it will survive a restart."""
        key = _key(server_url, nip)
        if self.persistent:
            try:
                self._backend.set_password(SERVICE, key, token)
                return True
            except keyring.errors.KeyringError as error:
                self._lost_backend(error)
        self._memory.set_password(SERVICE, key, token)
        return False

    def delete(self, server_url: str, nip: str) -> None:
        key = _key(server_url, nip)
        for backend in (self._backend, self._memory) if self.persistent else (self._memory,):
            with contextlib.suppress(keyring.errors.KeyringError):  # nothing stored there
                backend.delete_password(SERVICE, key)

    # --- the password of a proxy typed in (Pengaturan koneksi) ---------------------------------

    def sandi_proxy(self, proxy_url: str, pengguna: str) -> str | None:
        return self.get(PREFIX_PROXY + proxy_url, pengguna)

    def simpan_sandi_proxy(self, proxy_url: str, pengguna: str, sandi: str) -> bool:
        """Keep it (an empty one is removed); returns whether it will survive a restart."""
        if not sandi:
            self.hapus_sandi_proxy(proxy_url, pengguna)
            return self.persistent
        return self.set(PREFIX_PROXY + proxy_url, pengguna, sandi)

    def hapus_sandi_proxy(self, proxy_url: str, pengguna: str) -> None:
        self.delete(PREFIX_PROXY + proxy_url, pengguna)

    def _lost_backend(self, error: Exception) -> None:
        # A locked or broken keyring (e.g. NoKeyringError at first use): memory from now on.
        log.warning("keyring unusable (%s): tokens kept in memory", type(error).__name__)
        self.persistent = False
