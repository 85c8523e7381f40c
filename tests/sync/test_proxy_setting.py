"""The proxy setting (Pengaturan koneksi), for real: a small forwarding/CONNECT proxy on loopback
in front of a real server process. "Manual" sends every request of a sync round through it,
"Tanpa proxy" none, even with HTTP_PROXY pointing at a dead port; a change applies at the next
round without a restart; "Uji koneksi" says what happened; the settings file keeps the choice,
the keyring its password; the dialog validates the address as it is typed."""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.errors import TransientError
from ekinerja_desktop.secrets import MemoryKeyring, TokenStore
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.settings import ProxySetting, Settings, kesalahan_url_proxy
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.service import SyncService
from ekinerja_desktop.sync.uji_koneksi import HasilUji, uji_koneksi
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.sync.koneksi import KoneksiDialog, PengaturanKoneksi, pesan_uji
from ekinerja_desktop.views.sync.sign_in import SignInDialog
from tests.pg import free_port
from tests.server.processes import RunningServer
from tests.support import migrated_database
from tests.sync.conftest import PASSWORD, Demo

# --- a proxy on loopback: forwards plain HTTP, tunnels CONNECT, counts what it carried -------


@dataclass
class ProxyUji:
    url: str
    auth: tuple[str, str] | None
    portal: bool  # answer everything itself with a 200 page (a captive portal)
    requests: list[str] = field(default_factory=list)
    server: socketserver.ThreadingTCPServer | None = None


class _Handler(socketserver.StreamRequestHandler):
    proxy: ProxyUji

    def handle(self) -> None:
        head = self.rfile.readline(65536).decode("latin-1")
        if not head.strip():
            return  # a connection closed before asking anything
        headers: dict[str, str] = {}
        while (line := self.rfile.readline(65536).decode("latin-1")) not in ("\r\n", "\n", ""):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, target, _version = head.split(" ", 2)
        if not self._boleh(headers):
            self._jawab(
                b"407 Proxy Authentication Required", b'Proxy-Authenticate: Basic realm="x"\r\n'
            )
            return
        self.proxy.requests.append(f"{method} {target}")
        if self.proxy.portal:
            self._jawab(b"200 OK", b"Content-Type: text/html\r\n", b"<html>Masuk Wi-Fi</html>")
            return
        host, port, path = self._tujuan(method, target)
        if host not in ("127.0.0.1", "localhost"):  # loopback only
            self._jawab(b"403 Forbidden")
            return
        try:
            upstream = socket.create_connection((host, port), timeout=10)
        except OSError:
            self._jawab(b"502 Bad Gateway")
            return
        with upstream:
            if method == "CONNECT":
                self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                self._teruskan(upstream, method, path, headers)
            _salurkan(self.connection, upstream)

    def _boleh(self, headers: dict[str, str]) -> bool:
        if self.proxy.auth is None:
            return True
        expected = base64.b64encode(":".join(self.proxy.auth).encode()).decode()
        return headers.get("proxy-authorization", "") == f"Basic {expected}"

    @staticmethod
    def _tujuan(method: str, target: str) -> tuple[str, int, str]:
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            return host, int(port), ""
        parts = urlsplit(target)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return parts.hostname or "", parts.port or 80, path or "/"

    def _teruskan(
        self, upstream: socket.socket, method: str, path: str, headers: dict[str, str]
    ) -> None:
        """The request in origin form, one per connection (Connection: close), body included."""
        kept = {
            k: v for k, v in headers.items() if not k.startswith("proxy-") and k != "connection"
        }
        lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in kept.items())]
        lines.append("Connection: close")
        body = self.rfile.read(int(headers.get("content-length", "0") or 0))
        upstream.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def _jawab(self, status: bytes, headers: bytes = b"", body: bytes = b"") -> None:
        self.wfile.write(
            b"HTTP/1.1 " + status + b"\r\n" + headers
            + b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n"
            + body
        )  # fmt: skip


def _salurkan(a: socket.socket, b: socket.socket) -> None:
    """Copy both ways until either side closes."""

    def salin(dari: socket.socket, ke: socket.socket) -> None:
        try:
            while data := dari.recv(65536):
                ke.sendall(data)
        except OSError:
            pass
        finally:
            for s in (dari, ke):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    other = threading.Thread(target=salin, args=(b, a), daemon=True)
    other.start()
    salin(a, b)
    other.join(timeout=10)


def _mulai_proxy(auth: tuple[str, str] | None = None, portal: bool = False) -> ProxyUji:
    proxy = ProxyUji("", auth, portal)
    handler = type("Handler", (_Handler,), {"proxy": proxy})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy.url = f"http://127.0.0.1:{server.server_address[1]}"
    proxy.server = server
    return proxy


@pytest.fixture
def proxy() -> Iterator[ProxyUji]:
    yield from _dengan(_mulai_proxy())


@pytest.fixture
def proxy_sandi() -> Iterator[ProxyUji]:
    yield from _dengan(_mulai_proxy(auth=("pegawai", "rahasia-proxy")))


def _dengan(proxy: ProxyUji) -> Iterator[ProxyUji]:
    yield proxy
    assert proxy.server is not None
    proxy.server.shutdown()
    proxy.server.server_close()


@pytest.fixture
def tanpa_env_proxy(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy from the environment unless the test sets one."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def _layanan(folder: Path, proxy: ProxySetting) -> SyncService:
    folder.mkdir(parents=True)
    db = migrated_database(folder)
    return SyncService(db, UnitOfWork(db), TokenStore(MemoryKeyring()), proxy=proxy)


# --- a sync round, through the proxy or not ----------------------------------------------------


def test_manual_sends_the_round_through_the_proxy_and_tanpa_does_not(
    server: RunningServer, demo: Demo, proxy: ProxyUji, tanpa_env_proxy: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    service = _layanan(tmp_path / "laptop", ProxySetting("manual", proxy.url))
    service.sign_in(server.url, demo.nip["Pegawai"], PASSWORD, start=False)
    assert service.engine is not None
    service.engine.run_round()
    assert proxy.requests[0] == f"POST {server.url}{p.PATH_LOGIN}"
    lewat = len(proxy.requests)
    assert lewat >= 2 and all(server.url in r for r in proxy.requests)  # login, then the round

    # "Tanpa proxy", with the environment pointing at a dead proxy: not used, the round works
    mati = f"http://127.0.0.1:{free_port()}"
    tanpa_env_proxy.setenv("HTTP_PROXY", mati)
    tanpa_env_proxy.setenv("http_proxy", mati)
    service.set_proxy(ProxySetting("tanpa"))
    service.engine.run_round()
    assert len(proxy.requests) == lewat
    assert service.client is not None and service.client.proxy.mode == "tanpa"

    # the same environment under "Ikuti sistem": the dead proxy is honoured, the round fails
    service.set_proxy(ProxySetting("sistem"))
    with pytest.raises(TransientError):
        service.engine.run_round()
    service.close()


def test_a_new_choice_applies_at_the_next_round_without_a_restart(
    server: RunningServer, demo: Demo, proxy: ProxyUji, tanpa_env_proxy: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    service = _layanan(tmp_path / "laptop", ProxySetting())
    service.sign_in(server.url, demo.nip["Pegawai"], PASSWORD, start=False)
    engine = service.engine
    assert engine is not None
    engine.run_round()
    assert proxy.requests == []  # the system gives no proxy here
    service.set_proxy(ProxySetting("manual", proxy.url))
    assert service.engine is engine  # the same engine, client and sign-in
    engine.run_round()
    assert proxy.requests and all(server.url in r for r in proxy.requests)
    service.close()


def test_a_proxy_asking_for_a_password(
    server: RunningServer, demo: Demo, proxy_sandi: ProxyUji, tanpa_env_proxy: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    salah = ProxySetting("manual", proxy_sandi.url, "pegawai", "keliru")
    service = _layanan(tmp_path / "laptop", salah)
    with pytest.raises(TransientError, match="Proxy menolak koneksi"):
        service.sign_in(server.url, demo.nip["Pegawai"], PASSWORD, start=False)
    assert proxy_sandi.requests == []
    service.set_proxy(ProxySetting("manual", proxy_sandi.url, "pegawai", "rahasia-proxy"))
    service.sign_in(server.url, demo.nip["Pegawai"], PASSWORD, start=False)
    assert service.engine is not None
    service.engine.run_round()
    assert len(proxy_sandi.requests) >= 2
    service.close()


# --- Uji koneksi --------------------------------------------------------------------------------


def test_uji_koneksi_says_what_happened(
    server: RunningServer, proxy: ProxyUji, proxy_sandi: ProxyUji,
    tanpa_env_proxy: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    mati = f"http://127.0.0.1:{free_port()}"
    assert uji_koneksi(server.url, ProxySetting("tanpa")) == HasilUji("ok", "HTTP 200 OK", None)
    lewat = uji_koneksi(server.url, ProxySetting("manual", proxy.url))
    assert (lewat.kode, lewat.melalui) == ("ok", proxy.url)
    assert proxy.requests == [f"GET {server.url}/healthz"]
    assert uji_koneksi(server.url, ProxySetting("manual", mati)).kode == "proxy_tak_terjangkau"
    assert uji_koneksi(mati, ProxySetting("tanpa")).kode == "server_tak_terjangkau"
    assert uji_koneksi(mati, ProxySetting("manual", proxy.url)).kode == "server_tak_terjangkau"
    ditolak = uji_koneksi(server.url, ProxySetting("manual", proxy_sandi.url))
    assert ditolak.kode == "proxy_ditolak" and "407" in ditolak.rincian
    sandi = ProxySetting("manual", proxy_sandi.url, "pegawai", "rahasia-proxy")
    assert uji_koneksi(server.url, sandi).kode == "ok"
    # through a CONNECT tunnel (what an https:// server uses): refused, then unreachable
    tunnel = uji_koneksi("https://127.0.0.1:9", ProxySetting("manual", proxy_sandi.url))
    assert tunnel.kode == "proxy_ditolak"
    assert uji_koneksi("https://127.0.0.1:9", sandi).kode == "server_tak_terjangkau"
    assert uji_koneksi("bukan alamat", ProxySetting("tanpa")).kode == "alamat_salah"
    # the system's proxy (environment) is named as the way the test went
    tanpa_env_proxy.setenv("HTTP_PROXY", proxy.url)
    sistem = uji_koneksi(server.url, ProxySetting("sistem"))
    assert (sistem.kode, sistem.melalui) == ("ok", proxy.url)


def test_a_captive_portal_is_not_the_server(tanpa_env_proxy: pytest.MonkeyPatch) -> None:
    portal = _mulai_proxy(portal=True)
    try:
        hasil = uji_koneksi("http://127.0.0.1:9", ProxySetting("manual", portal.url))
    finally:
        assert portal.server is not None
        portal.server.shutdown()
        portal.server.server_close()
    assert hasil.kode == "server_bermasalah"


def test_an_untrusted_certificate_is_named(tmp_path: Path) -> None:
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "k.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    listener = socket.create_server(("127.0.0.1", 0))

    def terima() -> None:
        conn, _ = listener.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass  # the client gives up on the certificate
        finally:
            conn.close()

    threading.Thread(target=terima, daemon=True).start()
    try:
        hasil = uji_koneksi(f"https://127.0.0.1:{listener.getsockname()[1]}", ProxySetting("tanpa"))
    finally:
        listener.close()
    assert hasil.kode == "sertifikat"
    assert "Sertifikat keamanan server tidak dipercaya" in pesan_uji(hasil)


# --- the setting on disk and in the keyring ---------------------------------------------------


def test_old_settings_files_load_and_the_password_never_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"bahasa": "en", "pegawai_aktif_id": "x"}), encoding="utf-8")
    lama = Settings.load(path)
    assert lama.bahasa == "en" and lama.proxy == ProxySetting()  # the system's, by default
    lama.proxy = ProxySetting("manual", "http://10.1.1.1:3128", "budi", "sandi-rahasia")
    assert lama.save(path)
    assert "sandi-rahasia" not in path.read_text(encoding="utf-8")
    assert Settings.load(path).proxy == ProxySetting("manual", "http://10.1.1.1:3128", "budi")
    for rusak in ({"mode": "socks"}, {"mode": "manual", "url": "tanpa port"}, "manual", None):
        path.write_text(json.dumps({"bahasa": "en", "proxy": rusak}), encoding="utf-8")
        assert Settings.load(path) == Settings(bahasa="en")


@pytest.mark.parametrize(
    ("url", "salah"),
    [
        ("http://proxy.kantor.go.id:8080", None),
        ("10.1.1.1:3128", None),  # http:// assumed
        ("https://proxy:443/", None),
        ("", "kosong"),
        ("socks5://10.1.1.1:1080", "skema"),
        ("http://budi:rahasia@proxy:8080", "kredensial"),
        ("http://:8080", "host"),
        ("http://proxy.kantor.go.id", "tanpa_port"),
        ("http://proxy:80800", "port"),
        ("http://proxy:0", "port"),
        ("http://proxy:8080/pac", "path"),
    ],
)
def test_the_proxy_address_is_checked(url: str, salah: str | None) -> None:
    assert kesalahan_url_proxy(url) == salah


def test_the_password_goes_to_the_keyring_and_the_service_gets_it(tmp_path: Path) -> None:
    settings = Settings()
    disimpan: list[Settings] = []
    diterapkan: list[ProxySetting] = []
    tokens = TokenStore(MemoryKeyring())
    koneksi = PengaturanKoneksi(
        settings, lambda: disimpan.append(settings), tokens, diterapkan.append
    )
    manual = ProxySetting("manual", "http://10.1.1.1:3128", "budi")
    koneksi.simpan(manual, "rahasia")
    assert settings.proxy == manual and settings.proxy.sandi == ""
    assert tokens.sandi_proxy("http://10.1.1.1:3128", "budi") == "rahasia"
    assert diterapkan[-1] == ProxySetting("manual", "http://10.1.1.1:3128", "budi", "rahasia")
    koneksi.simpan(ProxySetting("manual", "http://10.1.1.2:3128", "budi"), None)  # kept
    assert tokens.sandi_proxy("http://10.1.1.2:3128", "budi") == "rahasia"
    assert tokens.sandi_proxy("http://10.1.1.1:3128", "budi") is None
    koneksi.simpan(ProxySetting("tanpa"), None)
    assert tokens.sandi_proxy("http://10.1.1.2:3128", "budi") is None
    assert diterapkan[-1] == ProxySetting("tanpa") and len(disimpan) == 3


# --- the dialog ---------------------------------------------------------------------------------


def test_the_dialog_checks_the_address_and_tests_through_the_proxy(
    qtbot: QtBot, server: RunningServer, proxy: ProxyUji, tanpa_env_proxy: pytest.MonkeyPatch
) -> None:
    dialog = KoneksiDialog(ProxySetting(), server.url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sistem.isChecked() and not dialog.kotak_manual.isEnabled()
    assert "terhubung langsung" in dialog.info_sistem.text()
    tepi = QPoint(6, dialog.manual.height() // 2)  # on the radio's circle
    qtbot.mouseClick(dialog.manual, Qt.MouseButton.LeftButton, pos=tepi)
    assert dialog.kotak_manual.isEnabled()
    qtbot.keyClicks(dialog.url, "http://127.0.0.1")
    assert not dialog.salah_url.isVisible()  # not while it is first typed
    dialog.url.editingFinished.emit()
    assert dialog.salah_url.isVisible() and "port" in dialog.salah_url.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: the address is not usable
    dialog.url.setText(proxy.url)
    assert not dialog.salah_url.isVisible()

    qtbot.mouseClick(dialog.uji_button, Qt.MouseButton.LeftButton)
    assert dialog.terakhir is not None and dialog.terakhir.kode == "ok"
    assert dialog.hasil_uji.isVisible() and "melalui proxy" in dialog.hasil_uji.text()
    assert proxy.requests == [f"GET {server.url}/healthz"]
    dialog.url.setText(f"http://127.0.0.1:{free_port()}")
    qtbot.mouseClick(dialog.uji_button, Qt.MouseButton.LeftButton)
    assert "tidak menjawab" in dialog.hasil_uji.text()
    dialog.url.setText(proxy.url)
    qtbot.keyClicks(dialog.pengguna, "budi")
    qtbot.keyClicks(dialog.sandi, "rahasia")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.hasil() == (ProxySetting("manual", proxy.url, "budi"), "rahasia")


def test_reached_from_the_sign_in_dialog_and_saved_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, proxy: ProxyUji
) -> None:
    from ekinerja_desktop.views.main_window import AppInfo, MainWindow
    from ekinerja_desktop.views.sync.wiring import SyncWiring

    (tmp_path / "data").mkdir()
    db = migrated_database(tmp_path / "data")
    uow = UnitOfWork(db)
    changes = ChangeBridge(uow)
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    tokens = TokenStore(MemoryKeyring())
    window = MainWindow(uow, changes, demo=False, info=AppInfo("", data_dir=tmp_path))
    qtbot.addWidget(window)
    wiring = SyncWiring(
        db, uow, changes, server_url="http://127.0.0.1:9", tokens=tokens, settings=settings,
        simpan_settings=lambda: settings.save(path),
    )  # fmt: skip
    try:
        wiring.attach(window)
        assert wiring.page is not None
        qtbot.mouseClick(wiring.page.koneksi_button, Qt.MouseButton.LeftButton)
        dari_halaman = wiring.koneksi.dialog
        assert dari_halaman is not None and dari_halaman.server_url == "http://127.0.0.1:9"
        dari_halaman.reject()
        qtbot.waitUntil(lambda: wiring.koneksi.dialog is None)

        wiring.ask_sign_in()
        sign_in = wiring.dialog
        assert isinstance(sign_in, SignInDialog)
        sign_in.server.setText("http://127.0.0.1:8")
        qtbot.mouseClick(sign_in.koneksi_button, Qt.MouseButton.LeftButton)
        dialog = wiring.koneksi.dialog
        assert dialog is not None and dialog.parent() is sign_in
        assert dialog.server_url == "http://127.0.0.1:8"  # what is typed in the sign-in
        dialog.manual.setChecked(True)
        dialog.url.setText(proxy.url)
        qtbot.keyClicks(dialog.pengguna, "budi")
        qtbot.keyClicks(dialog.sandi, "rahasia")
        with qtbot.waitSignal(dialog.finished):
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert wiring.service.proxy == ProxySetting("manual", proxy.url, "budi", "rahasia")
        sign_in.reject()
    finally:
        wiring.close()
        wiring.service.close()
    stored = json.loads(path.read_text(encoding="utf-8"))["proxy"]
    assert stored == {"mode": "manual", "url": proxy.url, "pengguna": "budi"}
    assert tokens.sandi_proxy(proxy.url, "budi") == "rahasia"
    # the next start: the service is built with the saved choice and its password
    again = SyncWiring(db, uow, changes, tokens=tokens, settings=Settings.load(path))
    try:
        assert again.service.proxy == ProxySetting("manual", proxy.url, "budi", "rahasia")
    finally:
        again.close()
        again.service.close()
        changes.detach()
        db.dispose()
