"""Helpers shared by tests: a migrated database template and a tiny organisation."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ekinerja_desktop.db import Database, create_sqlite_engine, upgrade
from ekinerja_desktop.domain import Aspek, JenisJabatan, KelompokJabatan, Perspektif, StatusSkp
from ekinerja_desktop.models import Instansi, Pegawai, Unor
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor

_TEMPLATE: dict[str, Path] = {}


def migrated_database(folder: Path) -> Database:
    """A fresh database at head, copied from a template migrated once per test session."""
    template = _TEMPLATE.get("path")
    if template is None or not template.exists():
        template = Path(folder.parent / "template-ekinerja.db")
        engine = create_sqlite_engine(template)
        upgrade(engine)
        engine.dispose()
        _TEMPLATE["path"] = template
    target = folder / "ekinerja.db"
    shutil.copy(template, target)
    return Database(create_sqlite_engine(target))


@dataclass(frozen=True)
class Org:
    """Kepala (JPT, PPK of the staf), staf (JF), rekan (JF), admin."""

    kepala: Aktor
    staf: Aktor
    rekan: Aktor
    admin: Aktor
    unor_id: str


def buat_org(db: Database) -> Org:
    with db.write_session() as s, s.begin():
        instansi = Instansi(nama="Instansi Uji")
        s.add(instansi)
        s.flush()
        unor = Unor(instansi_id=instansi.id, nama="Biro Uji", kota="Mataram")
        s.add(unor)
        s.flush()

        def pegawai(
            nip: str, nama: str, jabatan: str, atasan: Pegawai | None, **kw: object
        ) -> Pegawai:
            p = Pegawai(
                instansi_id=instansi.id,
                nip=nip,
                nama=nama,
                jabatan=jabatan,
                golongan="III/c",
                unor_id=unor.id,
                atasan_id=atasan.id if atasan else None,
                **kw,
            )
            s.add(p)
            s.flush()
            return p

        kepala = pegawai(
            "197001012000031001",
            "Kepala Uji",
            "Kepala Biro Uji",
            None,
            jenis_jabatan=JenisJabatan.PIMPINAN,
            kelompok_jabatan=KelompokJabatan.JPT,
        )
        staf = pegawai(
            "198505052010012002",
            "Staf Uji",
            "Perencana Ahli Muda",
            kepala,
            kelompok_jabatan=KelompokJabatan.JF,
            tmt_jabatan=date(2020, 1, 1),
        )
        rekan = pegawai("199001012015011003", "Rekan Uji", "Analis", kepala)
        admin = pegawai("198001012005011004", "Admin Uji", "Analis SDM", kepala, is_admin=True)
        aktor = {p.id: Aktor(p.id, p.nip, p.nama, p.is_admin) for p in (kepala, staf, rekan, admin)}
        return Org(aktor[kepala.id], aktor[staf.id], aktor[rekan.id], aktor[admin.id], unor.id)


def lengkapi_skp(layanan: LayananSkp, skp_id: str) -> str | None:
    """Make a draft pass `validasi_skp` the least invasive way, so a test can submit it
    (leaving Draft is refused while validation finds errors): complete each IKI it blames,
    give each RHK it blames a complete IKI and the leader's first RHK to intervene, and add
    one complete RHK utama if there is none. Returns the added RHK's id, if one was added."""
    pimpinan = layanan.rhk_pimpinan(skp_id)
    intervensi = {"rhk_diintervensi_id": pimpinan[0].id} if pimpinan else {}
    for temuan in layanan.validasi(skp_id):
        if temuan.tingkat != "ERROR":
            continue
        if temuan.iki_id:
            layanan.ubah_iki(temuan.iki_id, **IKI_LENGKAP)
        elif temuan.rhk_id and "belum memiliki IKI" in temuan.pesan:
            tambah_iki_lengkap(layanan, temuan.rhk_id)
        elif temuan.rhk_id and "mengintervensi" in temuan.pesan:
            layanan.ubah_rhk(temuan.rhk_id, **intervensi)
    if not any("RHK utama" in t.pesan for t in layanan.validasi(skp_id)):
        return None
    rhk_id = layanan.tambah_rhk(skp_id, "Terlaksananya tugas uji", **intervensi)
    tambah_iki_lengkap(layanan, rhk_id)
    return rhk_id


IKI_LENGKAP: dict[str, object] = {
    "target_min": "1",
    "target_max": "1",
    "satuan": "dokumen",
    "aspek": Aspek.KUANTITAS,
    "perspektif": Perspektif.ANGGARAN,
}


def tambah_iki_lengkap(layanan: LayananSkp, rhk_id: str) -> str:
    """An IKI that passes validation in any SKP format (target, satuan, aspek, perspektif)."""
    return layanan.tambah_iki(rhk_id, "Jumlah dokumen uji", **IKI_LENGKAP)


def ajukan(layanan: LayananSkp, skp_id: str) -> None:
    """Complete the draft (`lengkapi_skp`) and submit it to the pejabat penilai."""
    lengkapi_skp(layanan, skp_id)
    layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
