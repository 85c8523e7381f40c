"""Sign-in over real HTTP: tokens, refresh rotation and reuse detection, slowed failed logins,
and a log that never holds a password or a token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.processes import RunningServer, start_server
from tests.server.sync_support import PASSWORD, Api, Seeded, seed_demo


@pytest.fixture(scope="module")
def auth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, Seeded]]:
    folder = tmp_path_factory.mktemp("auth")
    seeded = seed_demo(f"sqlite:///{folder / 'auth.db'}")
    server = start_server(seeded.url, folder / "server.log")
    yield server, seeded
    server.stop()


def _login(api: Api, nip: str, password: str) -> tuple[int, dict[str, str], dict[str, object]]:
    response = api.request("/v1/auth/login", {"nip": nip, "password": password}, auth=False)
    return response.status_code, dict(response.headers), response.json()


def test_login_refresh_rotation_and_reuse_detection(
    auth_server: tuple[RunningServer, Seeded],
) -> None:
    server, seeded = auth_server
    api = Api(server.url, seeded.nip["Pimpinan"]).login()
    assert api.hello()["last_seq_for_client"] == 0

    first_refresh = api.refresh_token
    rotated = api.post("/v1/auth/refresh", {"refresh_token": first_refresh}, auth=False)
    assert rotated["refresh_token"] != first_refresh
    assert rotated["expires_in"] == 900
    assert rotated["account"]["nip"] == api.nip

    # The answer was lost (or the request came twice): the same successor again (issue 7).
    lost = api.post("/v1/auth/refresh", {"refresh_token": first_refresh}, auth=False)
    assert lost["refresh_token"] == rotated["refresh_token"]
    # Once the successor was used, the old token again means someone holds a copy. The whole
    # family is revoked.
    used = api.post("/v1/auth/refresh", {"refresh_token": rotated["refresh_token"]}, auth=False)
    reuse = api.request("/v1/auth/refresh", {"refresh_token": first_refresh}, auth=False)
    assert (reuse.status_code, reuse.json()["code"]) == (401, "refresh_reused")
    after = api.request("/v1/auth/refresh", {"refresh_token": used["refresh_token"]}, auth=False)
    assert (after.status_code, after.json()["code"]) == (401, "refresh_invalid")

    tampered = api.token[:-2] + ("AA" if not api.token.endswith("AA") else "BB")
    api.token = tampered
    response = api.request("/v1/sync/hello", {"client_id": api.client_id, "user_nip": api.nip})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_log_never_holds_passwords_or_tokens(
    auth_server: tuple[RunningServer, Seeded],
) -> None:
    server, seeded = auth_server
    api = Api(server.url, seeded.nip["Atasan"]).connect()
    refreshed = api.post("/v1/auth/refresh", {"refresh_token": api.refresh_token}, auth=False)
    api.pull()
    log = server.log()
    assert "/v1/auth/login" in log  # the request was logged…
    for secret in (PASSWORD, api.token, api.refresh_token, refreshed["refresh_token"]):
        assert secret not in log  # …never what it carried


def test_cli_demo_prints_each_demo_password_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    subprocess.run(
        [sys.executable, "-m", "ekinerja_server", "migrate", "--database-url", url], check=True
    )
    result = subprocess.run(
        [sys.executable, "-m", "ekinerja_server", "demo", "--database-url", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.count(",") >= 3]
    assert lines[0] == "peran, NIP, nama, password"
    roles = {line.split(",")[0] for line in lines[1:]}
    assert roles == {"Admin", "Pimpinan", "Ketua Tim", "Pegawai"}
    parts = [part.strip() for part in lines[-1].split(",")]  # a name may hold ", S.E."
    peran, nip, password = parts[0], parts[1], parts[-1]
    server = start_server(url, tmp_path / "server.log")
    try:
        api = Api(server.url, nip, password=password).connect()
        assert api.pull()[0]["changes"]
    finally:
        server.stop()
    assert peran


# Last in the module: it leaves this address slowed.
def test_failed_logins_are_slowed_per_nip_and_per_address(
    auth_server: tuple[RunningServer, Seeded],
) -> None:
    server, seeded = auth_server
    api = Api(server.url, seeded.nip["Pegawai"])
    nip = seeded.nip["Pegawai"]
    codes = [_login(api, nip, "salah")[0] for _ in range(3)]
    assert codes == [401, 401, 401]
    status, _headers, body = _login(api, nip, "salah")
    assert status == 401 and body["retry_after"] == 2
    status, headers, body = _login(api, nip, PASSWORD)  # even the right password must wait
    assert status == 429
    assert body["code"] == "too_many_attempts"
    assert int(headers["retry-after"]) >= 1

    # The address too: guessing other NIPs from here is slowed for everyone here.
    for role in ("Rekan", "Lain", "Atasan PPK"):
        _login(api, seeded.nip[role], "salah")
    status, _headers, _body = _login(api, seeded.nip["Admin"], PASSWORD)
    assert status == 429
