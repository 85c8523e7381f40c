"""`python -m ekinerja_desktop`: read the command line, start the app; nothing else here."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTED_AT = time.perf_counter()  # before Qt and the app are imported (the cold-start bench)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ekinerja-desktop",
        description="e-Kinerja Desktop: menyusun dan menilai SKP, dengan atau tanpa internet.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="isi instansi contoh bila basis data kosong, lalu bertindak sebagai Pegawai demo",
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="PATH", help="folder data (bawaan: profil pengguna)"
    )
    parser.add_argument(
        "--lang", choices=("id", "en"), help="bahasa tampilan (bawaan: pilihan terakhir)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="simpan gambar jendela utama ke PATH setelah tampil, lalu keluar",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="keluar segera setelah jendela tampil dan cetak shown_ms=<n>",
    )
    parser.add_argument(
        "--server", metavar="URL", help="alamat server sinkronisasi, mis. https://ekinerja.example"
    )
    parser.add_argument(
        "--with-local-server",
        action="store_true",
        help="jalankan server sinkronisasi demo di komputer ini dan masuk sebagai Pegawai demo",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ekinerja_desktop.app import Options, run

    return run(
        Options(
            demo=args.demo,
            data_dir=args.data_dir,
            lang=args.lang,
            screenshot=args.screenshot,
            quit_after_show=args.quit_after_show,
            server=args.server,
            with_local_server=args.with_local_server,
            started_at=STARTED_AT,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
