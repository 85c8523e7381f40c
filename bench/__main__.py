"""`make bench`: run every benchmark group and print its figures."""

from __future__ import annotations

import platform

from bench import dokumen, excel, foundation, mph, rekap, skp, sync_client, sync_faults, sync_server


def main() -> None:
    print(f"# ekinerja-desktop benchmarks on {platform.node()} ({platform.processor() or 'cpu'})")
    foundation.run()
    sync_server.run()
    sync_client.run()
    sync_faults.run()
    rekap.run()
    mph.run()
    skp.run()
    dokumen.run()
    excel.run()


if __name__ == "__main__":
    main()
