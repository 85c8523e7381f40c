"""`make bench`: run every benchmark group and print its figures."""

from __future__ import annotations

import platform

from bench import foundation, sync_server


def main() -> None:
    print(f"# ekinerja-desktop benchmarks on {platform.node()} ({platform.processor() or 'cpu'})")
    foundation.run()
    sync_server.run()


if __name__ == "__main__":
    main()
