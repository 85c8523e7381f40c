"""The sync screens driven with pytest-qt: sign-in dialog, indicator, Sinkronisasi, Konflik."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.models import utcnow
from ekinerja_desktop.secrets import PESAN_TANPA_KEYRING, MemoryKeyring, TokenStore
from ekinerja_desktop.services.sync_queries import RingkasanSync, daftar_issue, daftar_outbox
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.sync.scheduler import Fase, Progress, SyncStatus
from ekinerja_desktop.sync.service import SyncService
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.sync_bridge import SyncBridge
from ekinerja_desktop.views.sync.indicator import SyncIndicator, indicator_text
from ekinerja_desktop.views.sync.konflik import KonflikPanel
from ekinerja_desktop.views.sync.sign_in import SignInDialog
from ekinerja_desktop.views.sync.sync_page import SinkronisasiPage
from tests.server.processes import RunningServer
from tests.support import migrated_database
from tests.sync.conftest import PASSWORD, Demo, Laptop, Laptops
from tests.sync.test_scheduler import Rounds
from tests.sync.test_scheduler import make as make_scheduler

SEPI = RingkasanSync(menunggu=0, tertua=None, konflik=0, ditolak=0)


def service_for(folder: Path, tokens: TokenStore) -> tuple[SyncService, UnitOfWork]:
    folder.mkdir(parents=True, exist_ok=True)
    db = migrated_database(folder)
    uow = UnitOfWork(db)
    return SyncService(db, uow, tokens, debounce_s=0.05), uow


# --- the indicator ------------------------------------------------------------------------------


def test_indicator_lines_for_each_state() -> None:
    now = utcnow()
    menunggu = RingkasanSync(menunggu=3, tertua=now - timedelta(hours=2), konflik=2, ditolak=0)
    line = indicator_text(None, SEPI, signed_in=False, now=now)
    assert line.text.startswith("Luring (belum masuk)")
    syncing = SyncStatus(fase=Fase.SINKRON, progress=Progress(40, 120, "push"))
    assert indicator_text(syncing, SEPI, signed_in=True).text.startswith("Menyinkronkan… 40/120")
    luring = SyncStatus(fase=Fase.LURING, last_error="Server tidak dapat dihubungi.")
    line = indicator_text(luring, menunggu, signed_in=True, now=now)
    assert line.text == "Luring · 3 perubahan menunggu (tertua 2 jam) · 2 konflik"
    assert line.level == "warn" and "Server tidak dapat dihubungi." in line.tooltip
    tertahan = SyncStatus(fase=Fase.LURING, pending=3, last_progress=0.0, last_error="HTTP 502")
    line = indicator_text(tertahan, menunggu, signed_in=True, now=now, monotonic=601.0)
    assert line.text.startswith("Sinkronisasi tertahan") and "HTTP 502" in line.tooltip
    assert line.level == "error"
    ok = SyncStatus(fase=Fase.SIAP, last_server_time=now)
    assert "(waktu server)" in indicator_text(ok, SEPI, signed_in=True).text
    assert "Semua perubahan terkirim" in indicator_text(ok, SEPI, signed_in=True).text


def test_indicator_warns_when_the_device_clock_is_off(qtbot: QtBot) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    clicked: list[bool] = []
    indicator.activated.connect(lambda: clicked.append(True))
    indicator.set_ringkasan(
        RingkasanSync(menunggu=0, tertua=None, konflik=0, ditolak=0, clock_offset_s=-420.0),
        signed_in=True,
    )
    indicator.set_status(SyncStatus(fase=Fase.SIAP))
    assert "jam komputer selisih 7 menit" in indicator.label.text()
    assert "lebih dari 5 menit" in indicator.toolTip()
    indicator.set_ringkasan(
        RingkasanSync(menunggu=0, tertua=None, konflik=0, ditolak=0, clock_offset_s=90.0), True
    )
    assert "jam komputer" not in indicator.label.text()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert clicked == [True]


# --- sign-in ------------------------------------------------------------------------------------


def test_sign_in_dialog_wrong_password_then_right(
    qtbot: QtBot, server: RunningServer, demo: Demo, tmp_path: Path
) -> None:
    service, _ = service_for(tmp_path / "a", TokenStore(MemoryKeyring()))
    bridge = SyncBridge(service)
    dialog = SignInDialog(bridge, server.url, keyring_message=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keyring_note.isVisible()
    qtbot.keyClicks(dialog.nip, demo.nip["Pegawai"])
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "salah" in dialog.error.text().lower()  # Indonesian, from the server
    assert dialog.sign_in_button.isEnabled()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.akun is not None and dialog.akun.nip == demo.nip["Pegawai"]
    bridge.detach()


def test_sign_in_rejects_a_nip_with_letters_before_any_request(
    qtbot: QtBot, tmp_path: Path
) -> None:
    service, _ = service_for(tmp_path / "a", TokenStore(MemoryKeyring()))
    bridge = SyncBridge(service)
    dialog = SignInDialog(bridge, "http://127.0.0.1:9")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.nip, "19850505abc")
    qtbot.keyClicks(dialog.password, "x")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "NIP hanya berisi angka."
    bridge.detach()


def test_without_a_keyring_the_dialog_says_so_and_the_token_lives_only_in_memory(
    qtbot: QtBot, server: RunningServer, demo: Demo, tmp_path: Path
) -> None:
    tokens = TokenStore(fail.Keyring())
    assert not tokens.persistent and tokens.pesan == PESAN_TANPA_KEYRING
    service, _ = service_for(tmp_path / "a", tokens)
    bridge = SyncBridge(service)
    dialog = SignInDialog(bridge, server.url, keyring_message=tokens.pesan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_note.isVisible() and "keyring" in dialog.keyring_note.text()
    qtbot.keyClicks(dialog.nip, demo.nip["Pegawai"])
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert tokens.get(server.url, demo.nip["Pegawai"])  # this session: in memory
    assert not any(b"refresh" in f.read_bytes() for f in tmp_path.rglob("*.json"))
    bridge.detach()
    # The next session has no token: the app asks again, and opens offline meanwhile.
    again, _ = service_for(tmp_path / "a", TokenStore(fail.Keyring()))
    assert again.last_user() is not None
    assert again.resume() is None
    again.close()


def test_offline_the_dialog_opens_the_last_users_local_data(qtbot: QtBot, tmp_path: Path) -> None:
    service, _ = service_for(tmp_path / "a", TokenStore(MemoryKeyring()))
    from ekinerja_desktop.sync.service import Akun

    service._remember(Akun("198505052010012002", "Staf Uji", "x", "http://127.0.0.1:9"))
    bridge = SyncBridge(service)
    dialog = SignInDialog(bridge, "http://127.0.0.1:9", last=service.last_user())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.offline_button is not None
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        qtbot.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
    assert dialog.offline and dialog.akun is None
    bridge.detach()


# --- the Sinkronisasi page ------------------------------------------------------------------------


def test_sinkronisasi_page_lists_waiting_changes_and_syncs_now(
    qtbot: QtBot, laptops: Laptops
) -> None:
    laptop = laptops("Pegawai")
    service = laptop.service
    bridge = SyncBridge(service)
    page = SinkronisasiPage(laptop.uow, ChangeBridge(laptop.uow), bridge)
    qtbot.addWidget(page)
    page.show()
    layanan = laptop.skp()
    skp_id = layanan.buat_skp(date(2032, 1, 1), date(2032, 12, 31), Pendekatan.KUANTITATIF)
    layanan.tambah_rhk(skp_id, "Menyusun rencana kerja")
    page.refresh()
    assert page.outbox.rowCount() == 2
    assert page.tabs.tabText(0) == "Menunggu (2)"
    assert "2 perubahan menunggu" in page.state_label.text()
    texts = [page.outbox.row_texts(i)[1] for i in range(2)]
    assert texts == ["Tambah SKP", "Tambah RHK"]
    assert page.sync_button.isEnabled()
    # The scheduler of a signed-in user: "Sinkronkan sekarang" pushes and pulls.
    service._begin(service.akun, service.client, True)  # type: ignore[arg-type]
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outbox.rowCount() == 0, timeout=15_000)
    qtbot.waitUntil(lambda: page.riwayat.rowCount() >= 2, timeout=5_000)
    assert page.tabs.tabText(0) == "Menunggu (0)"
    outcomes = {page.riwayat.row_texts(i)[4] for i in range(page.riwayat.rowCount())}
    assert outcomes <= {"Diterapkan", "Digabung"}
    bridge.detach()


# --- the Konflik list ----------------------------------------------------------------------------


def conflict(laptops: Laptops) -> tuple[Laptop, Laptop, str]:
    kantor = laptops("Pegawai", name="kantor")
    layanan = kantor.skp()
    skp_id = layanan.buat_skp(date(2033, 1, 1), date(2033, 12, 31), Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "Awal")
    kantor.sync()
    rumah = laptops("Pegawai", name="rumah")
    kantor.skp().ubah_rhk(rhk_id, teks="Dari kantor")
    rumah.skp().ubah_rhk(rhk_id, teks="Dari rumah")
    kantor.sync()
    rumah.sync()
    return kantor, rumah, rhk_id


def konflik_panel(qtbot: QtBot, laptop: Laptop) -> KonflikPanel:
    panel = KonflikPanel(laptop.uow)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.refresh()
    return panel


def test_konflik_list_shows_both_values_and_pakai_punya_saya_wins_on_the_server(
    qtbot: QtBot, laptops: Laptops
) -> None:
    kantor, rumah, rhk_id = conflict(laptops)
    panel = konflik_panel(qtbot, rumah)
    assert panel.model.rowCount() == 1
    assert panel.model.row_texts(0)[0] == "Konflik"
    fields = {
        panel.fields.row_at(i).id: panel.fields.row_at(i) for i in range(panel.fields.rowCount())
    }
    assert (fields["teks"].mine, fields["teks"].server) == ("Dari rumah", "Dari kantor")
    assert panel.mine_button.isEnabled() and panel.server_button.isEnabled()
    with qtbot.waitSignal(panel.resolved, timeout=2_000):
        qtbot.mouseClick(panel.mine_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0  # nothing left to decide
    with rumah.uow.read() as session:
        assert [o.op for o in daftar_outbox(session)] == ["rhk.update"]
    rumah.sync()
    kantor.sync()
    with kantor.uow.read() as session:
        issues = daftar_issue(session)
        from ekinerja_desktop.models import Rhk

        row = session.get(Rhk, rhk_id)
    assert row is not None and row.teks == "Dari rumah"
    assert [(i.resolution, i.resolution_sent) for i in issues] == [("mine", True)]


def test_konflik_list_pakai_versi_server_closes_it_everywhere(
    qtbot: QtBot, laptops: Laptops
) -> None:
    kantor, rumah, _ = conflict(laptops)
    panel = konflik_panel(qtbot, rumah)
    with qtbot.waitSignal(panel.resolved, timeout=2_000):
        qtbot.mouseClick(panel.server_button, Qt.MouseButton.LeftButton)
    panel.terbuka_saja.setChecked(False)
    assert panel.model.row_texts(0)[4] == "Pakai versi server (belum terkirim)"
    rumah.sync()
    panel.refresh()
    assert panel.model.row_texts(0)[4] == "Pakai versi server"
    kantor.sync()
    kantor_panel = konflik_panel(qtbot, kantor)
    assert kantor_panel.model.rowCount() == 0  # closed on the other device too
    with rumah.uow.read() as session:
        assert daftar_outbox(session) == []


def test_the_network_coming_back_starts_a_round(qtbot: QtBot, tmp_path: Path) -> None:
    service, _ = service_for(tmp_path / "laptop", TokenStore(MemoryKeyring()))
    rounds = Rounds()
    scheduler, _ = make_scheduler(rounds)
    service.scheduler = scheduler
    bridge = SyncBridge(service)
    bridge.watch_network()  # the platform's backend, where there is one; the slot either way
    try:
        bridge.reachability_changed(QNetworkInformation.Reachability.Disconnected)
        bridge.reachability_changed(QNetworkInformation.Reachability.Local)  # still no server
        scheduler.start()
        qtbot.waitUntil(lambda: rounds.calls == 1)  # the start's round
        qtbot.wait(100)
        assert rounds.calls == 1
        bridge.reachability_changed(QNetworkInformation.Reachability.Online)
        qtbot.waitUntil(lambda: rounds.calls == 2, timeout=2_000)
        bridge.reachability_changed(QNetworkInformation.Reachability.Online)  # no change
        qtbot.wait(100)
        assert rounds.calls == 2
    finally:
        scheduler.stop()
