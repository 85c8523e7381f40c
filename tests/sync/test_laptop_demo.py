"""Another demo role with a local server opens as its own laptop, signed in by environment."""

from __future__ import annotations

from pathlib import Path

from ekinerja_desktop.sync.local_server import DemoAkun
from ekinerja_desktop.views.sync.laptop_demo import (
    ENV_KATA_SANDI,
    ENV_NIP,
    masuk_dari_lingkungan,
    perintah_laptop,
)

AKUN = DemoAkun("Pimpinan", "197601012000031001", "rahasia-demo-123")


def test_the_laptop_gets_its_own_folder_and_the_password_only_in_its_environment(
    tmp_path: Path,
) -> None:
    perintah = perintah_laptop(AKUN, "http://127.0.0.1:9999", tmp_path, {"PATH": "/bin"})
    assert perintah.data_dir == tmp_path / "laptop-demo" / AKUN.nip
    assert perintah.argv[1:] == [
        "-m", "ekinerja_desktop", "--data-dir", str(perintah.data_dir),
        "--server", "http://127.0.0.1:9999",
    ]  # fmt: skip
    assert all(AKUN.password not in part for part in perintah.argv)
    assert perintah.env == {"PATH": "/bin", ENV_NIP: AKUN.nip, ENV_KATA_SANDI: AKUN.password}


def test_sign_in_from_environment_is_read_once_and_removed() -> None:
    env = {ENV_NIP: AKUN.nip, ENV_KATA_SANDI: AKUN.password, "LAIN": "x"}
    assert masuk_dari_lingkungan(env) == (AKUN.nip, AKUN.password)
    assert env == {"LAIN": "x"}
    assert masuk_dari_lingkungan(env) is None


def test_half_a_sign_in_is_ignored() -> None:
    assert masuk_dari_lingkungan({ENV_NIP: AKUN.nip}) is None
