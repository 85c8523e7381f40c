""" "Uji koneksi" (Pengaturan koneksi): /healthz of the server through the chosen proxy, and what
happened, sorted so the user is told plainly: all is well, the proxy refused, nothing answers
at the proxy, the server cannot be reached, or its certificate is not trusted here.

Qt-free and blocking: the dialog runs it off the GUI thread.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import httpx

from ekinerja_desktop.settings import ProxySetting
from ekinerja_desktop.sync.client import http_client

#: What a connection test found; the dialog says it in the user's language.
KodeUji = Literal[
    "ok",
    "proxy_ditolak",  # the proxy answered but refused (407 sign-in, 403, a dropped tunnel)
    "proxy_tak_terjangkau",  # nothing answers at the proxy's address
    "server_tak_terjangkau",  # no answer from the server (directly, or the proxy says so)
    "server_bermasalah",  # an answer, but not a healthy e-Kinerja server's
    "sertifikat",  # TLS: the certificate is not trusted by this computer
    "alamat_salah",  # the server address cannot be used
]

UJI_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class HasilUji:
    kode: KodeUji
    rincian: str = ""  # the technical detail (status, exception), for the admin or helpdesk
    melalui: str | None = None  # the proxy the test went through; None: straight to the server


def proxy_sistem(url: str) -> str | None:
    """The proxy the system gives for `url` (environment, Windows registry), if any."""
    bagian = urlsplit(url)
    proxies = getproxies()
    proxy = proxies.get(bagian.scheme) or proxies.get("all")
    if not proxy or proxy_bypass(bagian.hostname or ""):
        return None
    return proxy


def uji_koneksi(
    server_url: str,
    proxy: ProxySetting,
    *,
    transport: httpx.BaseTransport | None = None,
    timeout_s: float = UJI_TIMEOUT_S,
) -> HasilUji:
    """GET `server_url`/healthz the way `proxy` says, and sort out what happened. Blocking (up
    to `timeout_s` per step): call it off the GUI thread."""
    url = server_url.strip().rstrip("/")
    if proxy.mode == "manual":
        melalui: str | None = proxy.url
    elif proxy.mode == "sistem":
        melalui = proxy_sistem(url)
    else:
        melalui = None
    timeout = httpx.Timeout(timeout_s)
    try:
        with http_client(url, proxy, transport=transport, timeout=timeout) as http:
            response = http.get("/healthz")
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        return HasilUji("alamat_salah", str(error), melalui)
    except httpx.ProxyError as error:
        return HasilUji(_kode_proxy_error(str(error)), str(error), melalui)
    except httpx.TransportError as error:
        return HasilUji(_kode_transport(error, melalui), _rincian(error), melalui)
    return HasilUji(_kode_jawaban(response, melalui), _rincian_jawaban(response), melalui)


def _kode_proxy_error(pesan: str) -> KodeUji:
    """httpx's ProxyError carries the proxy's answer to CONNECT ("407 Proxy Authentication
    Required", "502 Bad Gateway"): the server unreachable from the proxy, or a refusal."""
    status = pesan.split(" ", 1)[0]
    return "server_tak_terjangkau" if status in ("502", "503", "504") else "proxy_ditolak"


def _kode_transport(error: httpx.TransportError, melalui: str | None) -> KodeUji:
    if _ada_ssl(error):
        return "sertifikat"
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        return "proxy_tak_terjangkau" if melalui else "server_tak_terjangkau"
    if isinstance(error, httpx.TimeoutException) or melalui is None:
        return "server_tak_terjangkau"
    return "proxy_ditolak"  # the proxy dropped the connection


def _ada_ssl(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(8):  # the chain httpx → httpcore → ssl is short
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _kode_jawaban(response: httpx.Response, melalui: str | None) -> KodeUji:
    status = response.status_code
    if melalui and status in (403, 407):
        return "proxy_ditolak"
    if melalui and status in (502, 504):
        return "server_tak_terjangkau"
    if status != 200:
        return "server_bermasalah"
    try:
        data = response.json()
    except ValueError:
        data = None
    # A captive portal or a proxy's own page also answers 200: it must be our server's answer.
    sehat = isinstance(data, dict) and data.get("status") == "ok" and "server_epoch" in data
    return "ok" if sehat else "server_bermasalah"


def _rincian_jawaban(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def _rincian(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
