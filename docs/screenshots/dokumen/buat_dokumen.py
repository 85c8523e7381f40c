"""The printed documents of the demo instansi (first page, pdftoppm -r 60) and the Cetak screens.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/dokumen/buat_dokumen.py

The two kualitatif SKP formats come from the adversarial data of the tests (the demo drafts
kuantitatif SKPs only). Screens are shown at the size a maximised 1366×768 window gives them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from ekinerja_desktop.db import Database, open_database  # noqa: E402
from ekinerja_desktop.demo import buat_demo  # noqa: E402
from ekinerja_desktop.domain import JenisSkp, StatusSkp  # noqa: E402
from ekinerja_desktop.models import PenilaianPeriode, PeriodePenilaian, Skp, TimKerja, Unor  # noqa: E402
from ekinerja_desktop.reports.pdf.batch import pdf_bytes  # noqa: E402
from ekinerja_desktop.reports.pdf.common import OpsiCetak, TandaTangan  # noqa: E402
from ekinerja_desktop.services.dokumen_layanan import (  # noqa: E402
    JenisDokumen,
    LayananDokumen,
    muat_dokumen,
    target_mph_unit,
)
from ekinerja_desktop.services.queries import pengguna  # noqa: E402
from ekinerja_desktop.services.queries_views import aktor_dari  # noqa: E402
from ekinerja_desktop.services.uow import UnitOfWork  # noqa: E402
from ekinerja_desktop.views.common.bridge import ChangeBridge  # noqa: E402
from ekinerja_desktop.views.dokumen.actions import DialogCetakSkp  # noqa: E402
from ekinerja_desktop.views.dokumen.batch import DialogBatch  # noqa: E402
from ekinerja_desktop.views.dokumen.halaman_cetak import CetakPage  # noqa: E402
from ekinerja_desktop.views.dokumen.pratinjau import PratinjauDokumen  # noqa: E402
from tests.dokumen.data import buat_adversarial  # noqa: E402

TAHUN = 2026
OPSI = OpsiCetak(
    TandaTangan(date(2026, 4, 3), "Jakarta Pusat"),
    TandaTangan(date(2026, 4, 4), "Jakarta Pusat", "#"),
)
UKURAN = (1366 - 136, 768 - 110)


def dokumen_demo(db: Database) -> dict[str, tuple[JenisDokumen, str]]:
    with db.read_session() as s:
        jpt = s.scalars(
            select(Skp.id)
            .where(Skp.jenis == JenisSkp.JPT, Skp.status == StatusSkp.PERSETUJUAN)
            .order_by(Skp.created_at)
        ).all()[1]
        pp = s.scalars(
            select(PeriodePenilaian.id)
            .join(PenilaianPeriode, PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
            .join(Skp, Skp.id == PeriodePenilaian.skp_id)
            .where(Skp.jenis == JenisSkp.JA_JF)
            .order_by(Skp.created_at)
        ).all()[2]
        pp_row = s.get(PeriodePenilaian, pp)
        assert pp_row is not None
        biro = s.scalars(select(Unor.id).where(Unor.nama == "Biro Perencanaan dan Keuangan")).one()
        tim = s.scalars(select(TimKerja.id).order_by(TimKerja.nama)).first()
        assert tim is not None
    return {
        "rencana_skp_jpt_kuantitatif": (JenisDokumen.RENCANA_SKP, jpt),
        "rencana_skp_ja_jf_kuantitatif": (JenisDokumen.RENCANA_SKP, pp_row.skp_id),
        "lampiran_skp": (JenisDokumen.LAMPIRAN_SKP, pp_row.skp_id),
        "manual_indikator_kinerja": (JenisDokumen.MANUAL_IKI, jpt),
        "form_penilaian": (JenisDokumen.FORM_PENILAIAN, pp),
        "dokumen_evaluasi_kinerja": (JenisDokumen.DOKUMEN_EVALUASI, pp),
        "mph_unit_kerja": (JenisDokumen.MPH_UNIT, target_mph_unit(biro, TAHUN)),
        "mph_tim_kerja": (JenisDokumen.MPH_TIM, tim),
    }


def png(nama: str, pdf: bytes, folder: Path) -> None:
    path = folder / f"{nama}.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, HERE / nama],
        check=True,
    )


def grab(widget: QWidget, nama: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(HERE / f"layar_{nama}.png"))


def main() -> None:
    _app = QApplication(sys.argv[:1])  # kept alive for the whole run
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "demo.db")
    info = buat_demo(db, tahun=TAHUN)
    semua = dokumen_demo(db)
    with db.read_session() as s:
        for nama, (jenis, target) in semua.items():
            png(nama, pdf_bytes(muat_dokumen(s, jenis, target), OPSI, nama), folder)
    uji_db = open_database(folder / "uji.db")
    uji = buat_adversarial(uji_db)
    with uji_db.read_session() as s:
        for nama, skp_id in (
            ("rencana_skp_jpt_kualitatif", uji.skp_jpt_kualitatif),
            ("rencana_skp_ja_jf_kualitatif", uji.skp_ja_kualitatif),
        ):
            png(
                nama,
                pdf_bytes(muat_dokumen(s, JenisDokumen.RENCANA_SKP, skp_id), OPSI, nama),
                folder,
            )

    uow = UnitOfWork(db)
    with uow.read() as session:
        row = pengguna(session, info.pengguna["Pimpinan"])
    assert row is not None
    uow.aktor = aktor_dari(row)
    halaman = CetakPage(uow, ChangeBridge(uow))
    halaman.set_aktor(uow.aktor)
    halaman.resize(*UKURAN)
    grab(halaman, "halaman_cetak")
    layanan = LayananDokumen(uow)
    jenis, pp = semua["dokumen_evaluasi_kinerja"]
    skp = next(
        s for s in layanan.daftar_skp() if s.jenis is JenisSkp.JA_JF and layanan.periode_skp(s.id)
    )
    dialog = DialogCetakSkp(skp.jenis, layanan.periode_skp(skp.id), OPSI)
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(jenis.value))
    grab(dialog, "dialog_cetak_skp")
    with db.read_session() as s:
        pdf = pdf_bytes(muat_dokumen(s, jenis, pp), OPSI, "Dokumen Evaluasi")
    pratinjau = PratinjauDokumen(pdf, "Dokumen Evaluasi Kinerja", "evaluasi.pdf")
    pratinjau.resize(900, 700)
    pratinjau.show()
    QTest.qWait(2000)  # QPdfView renders its pages on worker threads
    grab(pratinjau, "pratinjau")
    batch = DialogBatch(layanan, date(2026, 4, 4))
    batch.tujuan.setText(str(Path.home() / "Dokumen" / "Dokumen_Evaluasi_Biro.pdf"))
    grab(batch, "dialog_batch")
    db.dispose()
    uji_db.dispose()


if __name__ == "__main__":
    main()
