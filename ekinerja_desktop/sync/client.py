"""HTTP to the sync server: gzip JSON, bounded timeouts, tokens, and errors sorted by who acts.

- Timeouts 10 s to connect, 60 s to read or write (SYNC.md); the round's own 10-minute limit is
  the scheduler's.
- The proxy is the user's choice (`ProxySetting`, Pengaturan koneksi): the system's (environment,
  and on Windows the registry through `urllib`; the default), none, or one typed in; a new
  choice is taken at the next request, without a restart. The OS certificate store
  (`truststore`) is always honoured: offices sit behind proxies that re-sign TLS with a
  certificate only the OS knows (USERS.md).
- Errors: `TransientError` (no link, timeout, 5xx, 429: retry with backoff), `NeedsSignIn`
  (tokens refused: ask for the password, keep the outbox), `UpgradeRequired` (426),
  `ResyncRequired` (410), `ServerRefused` (another 4xx: a bug or a permanent answer).
"""

from __future__ import annotations

import gzip
import json
import logging
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ekinerja_desktop.errors import TransientError, UserError
from ekinerja_desktop.settings import ProxySetting
from ekinerja_desktop.sync.scheduler import NeedsSignIn, UpgradeRequired

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 60.0
GZIP_MIN_BYTES = 1024  # smaller bodies cost more to compress than they save

PESAN_LURING = "Server tidak dapat dihubungi. Perubahan Anda tetap tersimpan di komputer ini."
PESAN_PROXY = (
    "Proxy menolak koneksi ke server ({galat}). Periksa Pengaturan koneksi di halaman "
    "Sinkronisasi; perubahan Anda tetap tersimpan di komputer ini."
)
PESAN_PEMBARUAN = (
    "Perbarui aplikasi untuk melanjutkan sinkronisasi. Perubahan Anda tetap tersimpan."
)
PESAN_MASUK_ULANG = "Sesi masuk berakhir. Masuk kembali untuk melanjutkan sinkronisasi."


class WaktuHabis(TransientError):
    """A timeout (the link is slow, not down): the engine sends smaller batches and chunks."""


class ServerRefused(Exception):
    """A 4xx answer that repeating will not change (bad request, forbidden, unknown client)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message or code or f"HTTP {status}")
        self.status = status
        self.code = code


class ResyncRequired(Exception):
    """410 from pull: `cursor_expired`, `scope_changed` or `schema_changed`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LoginFailed(UserError):
    """Wrong NIP or password, an inactive account, or too many attempts (message shown)."""


def ssl_context() -> ssl.SSLContext:
    """The OS trust store (`truststore`), not certifi's bundle: offices that inspect TLS
    install their own root certificate there, and the server must still be trusted."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def http_client(
    base_url: str,
    proxy: ProxySetting,
    *,
    transport: httpx.BaseTransport | None = None,
    timeout: httpx.Timeout | None = None,
) -> httpx.Client:
    """An httpx client reaching `base_url` the way `proxy` says: the environment's proxy only
    for "sistem" (`trust_env`), none for "tanpa", the typed one (with its user name and
    password) for "manual". A test transport replaces all of that."""
    extra: dict[str, Any] = {}
    if proxy.mode == "manual":
        auth = (proxy.pengguna, proxy.sandi) if proxy.pengguna else None
        tls = ssl_context() if proxy.url.lower().startswith("https:") else None
        extra["proxy"] = httpx.Proxy(proxy.url, auth=auth, ssl_context=tls)
    return httpx.Client(
        base_url=base_url,
        timeout=timeout
        or httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S, pool=CONNECT_TIMEOUT_S),
        transport=transport,
        verify=ssl_context() if transport is None else True,
        trust_env=proxy.mode == "sistem",
        headers={"Accept-Encoding": "gzip", "User-Agent": "ekinerja-desktop"},
        **extra,
    )


def _pesan_luring(error: httpx.TransportError) -> str:
    """Offline, said so; a proxy's refusal named as one, so the user looks at the setting."""
    if isinstance(error, httpx.ProxyError):
        return PESAN_PROXY.format(galat=str(error) or type(error).__name__)
    return PESAN_LURING


@dataclass
class Tokens:
    access: str
    refresh: str


class SyncClient:
    """One server's HTTP API, with the access token in memory and a refresh token callback.

    `on_refresh_token(token)` is called with every new refresh token (they rotate), so the
    caller keeps it in the keyring; `refresh_token()` supplies the stored one. `set_proxy`
    (any thread) changes the way to the server from the next request on.
    """

    def __init__(
        self,
        base_url: str,
        *,
        refresh_token: Callable[[], str | None] = lambda: None,
        on_refresh_token: Callable[[str], None] = lambda _t: None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        proxy: ProxySetting | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._refresh_token = refresh_token
        self._on_refresh_token = on_refresh_token
        self.access_token: str | None = None
        self.bytes_sent = 0
        self.bytes_received = 0
        self._transport = transport
        self._timeout = timeout
        self.proxy = proxy or ProxySetting()
        self._proxy_baru: ProxySetting | None = None
        self._kunci_proxy = threading.Lock()
        self._http = http_client(self.base_url, self.proxy, transport=transport, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def set_proxy(self, proxy: ProxySetting) -> None:
        """Use `proxy` from the next request on (the request under way finishes as it is: the
        round runs on the sync worker, and only that thread swaps the HTTP client)."""
        with self._kunci_proxy:
            self._proxy_baru = proxy

    def _klien(self) -> httpx.Client:
        with self._kunci_proxy:
            baru, self._proxy_baru = self._proxy_baru, None
        if baru is not None and baru != self.proxy:
            lama = self._http
            self._http = http_client(
                self.base_url, baru, transport=self._transport, timeout=self._timeout
            )
            self.proxy = baru
            lama.close()
            log.info("sync client: proxy now %s", baru.mode)
        return self._http

    # --- sign-in ------------------------------------------------------------------------------

    def login(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST the credentials; a refusal becomes `LoginFailed` with the server's message."""
        try:
            answer = self._send(path, body, auth=False, login=True)
        except ServerRefused as error:
            raise LoginFailed(_login_message(error)) from error
        self._take_tokens(answer)
        return answer

    def refresh(self, path: str, body_for: Callable[[str], dict[str, Any]]) -> None:
        """New tokens from the stored refresh token, or `NeedsSignIn`."""
        token = self._refresh_token()
        if not token:
            raise NeedsSignIn(PESAN_MASUK_ULANG)
        try:
            answer = self._send(path, body_for(token), auth=False)
        except ServerRefused as error:
            if error.status in (400, 401, 403):
                raise NeedsSignIn(PESAN_MASUK_ULANG) from error
            raise
        self._take_tokens(answer)

    def _take_tokens(self, answer: dict[str, Any]) -> None:
        access = answer.get("access_token")
        refresh = answer.get("refresh_token")
        if not isinstance(access, str) or not isinstance(refresh, str):
            raise ServerRefused(200, "bad_token_response", "Jawaban server tidak lengkap.")
        self.access_token = access
        self._on_refresh_token(refresh)

    # --- calls --------------------------------------------------------------------------------

    def call(
        self,
        path: str,
        body: dict[str, Any],
        *,
        refresh_path: str,
        refresh_body: Callable[[str], dict[str, Any]],
    ) -> dict[str, Any]:
        """An authorised POST; an expired access token is refreshed once and the call repeated
        (safe: every sync request is idempotent)."""
        if self.access_token is None:
            self.refresh(refresh_path, refresh_body)
        try:
            return self._send(path, body, auth=True)
        except ServerRefused as error:
            if error.status != 401:
                raise
        self.refresh(refresh_path, refresh_body)
        try:
            return self._send(path, body, auth=True)
        except ServerRefused as error:
            if error.status == 401:
                raise NeedsSignIn(PESAN_MASUK_ULANG) from error
            raise

    def _send(
        self, path: str, body: dict[str, Any], *, auth: bool, login: bool = False
    ) -> dict[str, Any]:
        raw = json.dumps(body, separators=(",", ":"), default=str).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if len(raw) >= GZIP_MIN_BYTES:
            raw = gzip.compress(raw, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        try:
            response = self._klien().post(path, content=raw, headers=headers)
        except httpx.TimeoutException as error:
            raise WaktuHabis(f"{PESAN_LURING} (waktu habis)") from error
        except httpx.TransportError as error:
            raise TransientError(_pesan_luring(error)) from error
        self.bytes_sent += len(raw)
        self.bytes_received += int(response.headers.get("content-length") or len(response.content))
        return _answer(response, login)

    # --- raw requests (attachments) ------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        refresh_path: str,
        refresh_body: Callable[[str], dict[str, Any]],
        content: bytes | None = None,
        json_body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        sink: Callable[[bytes], None] | None = None,
    ) -> httpx.Response:
        """An authorised request whose answer the caller reads (the blob endpoints: PATCH of
        bytes, HEAD, GET with Range). An expired access token is refreshed once; a broken link
        is a `TransientError` (`WaktuHabis` for a timeout); every status is returned as is.
        With `sink`, the body of a 2xx answer is handed over piece by piece as it arrives (a
        download cut halfway keeps what came)."""
        if self.access_token is None:
            self.refresh(refresh_path, refresh_body)
        response = self._raw(method, path, content, json_body, headers, timeout, sink)
        if response.status_code == 407:
            raise TransientError(PESAN_PROXY.format(galat="HTTP 407"))
        if response.status_code != 401:
            return response
        self.refresh(refresh_path, refresh_body)
        response = self._raw(method, path, content, json_body, headers, timeout, sink)
        if response.status_code == 401:
            raise NeedsSignIn(PESAN_MASUK_ULANG)
        return response

    def _raw(
        self,
        method: str,
        path: str,
        content: bytes | None,
        json_body: dict[str, Any] | None,
        headers: dict[str, str] | None,
        timeout: httpx.Timeout | None,
        sink: Callable[[bytes], None] | None,
    ) -> httpx.Response:
        all_headers = {**(headers or {}), "Authorization": f"Bearer {self.access_token}"}
        if json_body is not None:
            content = json.dumps(json_body, separators=(",", ":"), default=str).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            with self._klien().stream(
                method, path, content=content, headers=all_headers, **extra
            ) as response:
                if sink is not None and 200 <= response.status_code < 300:
                    for piece in response.iter_raw():
                        self.bytes_received += len(piece)
                        sink(piece)
                else:
                    response.read()
                    self.bytes_received += len(response.content)
        except httpx.TimeoutException as error:
            raise WaktuHabis(f"{PESAN_LURING} (waktu habis)") from error
        except httpx.TransportError as error:
            raise TransientError(_pesan_luring(error)) from error
        finally:
            self.bytes_sent += len(content or b"")
        return response


def _answer(response: httpx.Response, login: bool = False) -> dict[str, Any]:
    status = response.status_code
    try:
        data = response.json()
    except ValueError:
        data = None
    if 200 <= status < 300:
        if not isinstance(data, dict):
            raise TransientError("Jawaban server tidak dapat dibaca; dicoba lagi nanti.")
        return data
    code, message = _error_fields(data)
    if status == 407:  # a proxy (plain HTTP) wants a password, or a different one
        raise TransientError(PESAN_PROXY.format(galat=f"HTTP 407 {response.reason_phrase}"))
    if status == 426:
        raise UpgradeRequired(PESAN_PEMBARUAN)
    if status == 410:
        raise ResyncRequired(code or "resync_required")
    if status == 429 and login:  # failed sign-ins slowed down: the user must wait, not us
        raise ServerRefused(status, code, message)
    if status in (408, 425, 429) or status >= 500:
        raise TransientError(f"Server sibuk atau bermasalah (HTTP {status}); dicoba lagi nanti.")
    raise ServerRefused(status, code, message)


def _error_fields(data: Any) -> tuple[str, str]:
    """(code, message) from an error body: `{"detail": {...}}`, `{"detail": "..."}` or flat."""
    if not isinstance(data, dict):
        return "", ""
    detail = data.get("detail", data)
    if isinstance(detail, str):
        return detail, detail
    if isinstance(detail, dict):
        code = detail.get("code") or detail.get("error") or detail.get("reason") or ""
        message = detail.get("message") or detail.get("pesan") or ""
        return str(code), str(message)
    return "", ""


def _login_message(error: ServerRefused) -> str:
    """The server's Indonesian message when it gave one, else ours by status."""
    message = str(error)
    if message and message not in (error.code, f"HTTP {error.status}"):
        return message
    if error.status == 429:
        return "Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi."
    if error.status == 403:
        return "Akun ini tidak aktif. Hubungi admin instansi."
    if error.status == 401:
        return "NIP atau kata sandi salah."
    return f"Server menolak permintaan masuk (HTTP {error.status})."
