"""A deterministic, realistic demo instansi; the same generator makes the benchmark databases.

One biro (a JPT Pratama unit) holds about 40 pegawai: a Kepala Biro, three bagian with their
Kepala Bagian, JF and JA staff, tim kerja with their ketua, and an admin. Larger sizes repeat
the biro under more deputi. Everything is invented (names, NIPs are valid but fictitious).
The rows are written as if they had come from the server (version 1, no outbox entries).
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain.enums import (
    Aspek,
    CapaianOrganisasi,
    JenisJabatan,
    JenisLampiran,
    JenisPeriode,
    JenisPlt,
    JenisRhk,
    JenisSkp,
    Jenjang,
    KelompokJabatan,
    KlasifikasiRhk,
    NilaiBerakhlak,
    Pendekatan,
    Perspektif,
    PolaPeriode,
    Rating,
    SifatFeedback,
    StatusCapaian,
    StatusSkp,
    SumberFeedback,
)
from ekinerja_desktop.domain.nip import buat_nip
from ekinerja_desktop.domain.periode import buat_periode
from ekinerja_desktop.domain.predikat import predikat_kinerja
from ekinerja_desktop.models import (
    AktivitasHarian,
    AnggotaTim,
    AppMeta,
    BuktiDukung,
    CapaianOrganisasiUnor,
    EkspektasiKhusus,
    Feedback,
    Iki,
    Instansi,
    LampiranItem,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodeDibukaUlang,
    PeriodePenilaian,
    PltPlh,
    Realisasi,
    RencanaAksi,
    Rhk,
    RiwayatStatusSkp,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.models.base import Base

PEGAWAI_PER_BIRO = 40
DEMO_META_KEY = "demo_pengguna"

NAMA_DEPAN = [
    "Adi",
    "Agus",
    "Ahmad",
    "Andi",
    "Anisa",
    "Ayu",
    "Bambang",
    "Budi",
    "Cahya",
    "Citra",
    "Dani",
    "Dewi",
    "Dian",
    "Eka",
    "Endang",
    "Fajar",
    "Fitri",
    "Gita",
    "Hadi",
    "Hendra",
    "Indah",
    "Intan",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Maya",
    "Nanda",
    "Nur",
    "Putri",
    "Rahmat",
    "Ratna",
    "Rina",
    "Rizky",
    "Sari",
    "Siti",
    "Surya",
    "Taufik",
    "Tri",
    "Wahyu",
    "Wulan",
    "Yuni",
    "Yusuf",
    "Zainal",
]
NAMA_BELAKANG = [
    "Pratama",
    "Santoso",
    "Wibowo",
    "Lestari",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Nasution",
    "Simanjuntak",
    "Wijaya",
    "Setiawan",
    "Permana",
    "Rahayu",
    "Utami",
    "Gunawan",
    "Halim",
    "Sitompul",
    "Tanjung",
    "Lubis",
    "Manurung",
    "Pohan",
    "Daulay",
    "Panjaitan",
    "Rangkuti",
    "Wardhana",
    "Suryadi",
    "Hakim",
]
GELAR = ("", "", "", ", S.E.", ", S.Kom.", ", S.T.", ", M.Si.", ", M.A.P.", ", S.Sos.")

BAGIAN = (
    ("Bagian Perencanaan", 0, "Perencana", "Tim Penyusunan Rencana Kerja"),
    ("Bagian Keuangan", 1, "Analis Keuangan", "Tim Penyusunan Laporan Keuangan"),
    ("Bagian Evaluasi dan Pelaporan", 2, "Analis Kebijakan", "Tim Evaluasi Kinerja"),
)

# (RHK, [(IKI, min, max, satuan, perspektif)]) of the Kepala Biro; one IKI is Anggaran.
RHK_KEPALA_BIRO = (
    (
        "Terwujudnya dokumen perencanaan dan penganggaran yang berkualitas dan tepat waktu",
        (
            (
                "Persentase dokumen perencanaan yang ditetapkan tepat waktu",
                "90",
                "100",
                "%",
                Perspektif.PROSES_BISNIS,
            ),
            (
                "Indeks kepuasan unit kerja atas layanan perencanaan",
                "3,5",
                "4",
                "indeks",
                Perspektif.PENERIMA_LAYANAN,
            ),
        ),
    ),
    (
        "Meningkatnya akuntabilitas pengelolaan keuangan biro",
        (
            ("Persentase realisasi anggaran biro", "95", "100", "%", Perspektif.ANGGARAN),
            (
                "Persentase rekomendasi BPK yang ditindaklanjuti",
                "90",
                "100",
                "%",
                Perspektif.PROSES_BISNIS,
            ),
        ),
    ),
    (
        "Meningkatnya kualitas evaluasi kinerja dan kapasitas SDM perencana",
        (
            ("Nilai SAKIP unit kerja", "80", "85", "nilai", Perspektif.PENGUATAN_INTERNAL),
            (
                "Persentase pegawai yang mengikuti pengembangan kompetensi",
                "80",
                "100",
                "%",
                Perspektif.PENGUATAN_INTERNAL,
            ),
        ),
    ),
)

RHK_BAGIAN = (
    (
        "Tersusunnya rencana kerja dan anggaran biro sesuai ketentuan",
        "Jumlah dokumen RKA-K/L yang disusun",
        "1",
        "1",
        "dokumen",
    ),
    (
        "Terlaksananya pengelolaan keuangan yang tertib dan akuntabel",
        "Persentase laporan keuangan yang disampaikan tepat waktu",
        "100",
        "100",
        "%",
    ),
    (
        "Tersedianya laporan evaluasi kinerja biro yang berkualitas",
        "Jumlah laporan evaluasi kinerja triwulanan",
        "4",
        "4",
        "laporan",
    ),
)

RHK_STAF = (
    (
        "Tersusunnya bahan rencana kerja unit",
        "Jumlah bahan rencana kerja yang disusun",
        "4",
        "6",
        "dokumen",
        Aspek.KUANTITAS,
    ),
    (
        "Terverifikasinya dokumen pertanggungjawaban keuangan",
        "Persentase dokumen yang diverifikasi tanpa koreksi",
        "90",
        "100",
        "%",
        Aspek.KUALITAS,
    ),
    (
        "Tersedianya data capaian kinerja triwulanan",
        "Jumlah laporan data capaian",
        "4",
        "4",
        "laporan",
        Aspek.WAKTU,
    ),
    (
        "Terkelolanya arsip dan administrasi unit",
        "Persentase arsip yang tertata",
        "85",
        "100",
        "%",
        Aspek.KUALITAS,
    ),
)


@dataclass
class DemoInfo:
    instansi_nama: str
    pengguna: dict[str, str]  # role label → pegawai id
    jumlah_pegawai: int = 0


@dataclass
class _Rows:
    """Plain dicts per model, inserted in foreign-key order at the end (fast bulk insert)."""

    by_model: dict[type[Base], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, model: type[Base], **values: Any) -> str:
        self.by_model[model].append(values)
        return str(values.get("id", ""))


@dataclass
class _Orang:
    id: str
    nama: str
    nip: str
    golongan: str
    jabatan: str
    unor_id: str
    unor_nama: str
    atasan: _Orang | None
    kelompok: KelompokJabatan
    pimpinan: bool = False

    def snapshot(self) -> dict[str, str]:
        return {
            "id": self.id,
            "nama": self.nama,
            "nip": self.nip,
            "golongan": self.golongan,
            "jabatan": self.jabatan,
            "unor": self.unor_nama,
        }


class _Generator:
    def __init__(self, seed: int, tahun: int) -> None:
        self.rng = random.Random(seed)
        self.tahun = tahun
        self.rows = _Rows()
        self.nips: set[str] = set()
        self.urutan = 0
        self.instansi_id = self.uuid()
        self.periode: list[dict[str, Any]] = []
        self.pengguna: dict[str, str] = {}
        self.iki_per_rhk: dict[str, list[str]] = defaultdict(list)
        self.admin_id: str | None = None

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self) -> dict[str, Any]:
        now = datetime(self.tahun, 1, 2, 8, 0)
        return {"id": self.uuid(), "version": 1, "created_at": now, "updated_at": now}

    # --- people -----------------------------------------------------------------------------

    def nama(self) -> str:
        rng = self.rng
        return f"{rng.choice(NAMA_DEPAN)} {rng.choice(NAMA_BELAKANG)}{rng.choice(GELAR)}"

    def nip(self, umur: int) -> str:
        while True:
            self.urutan = self.urutan % 999 + 1
            lahir = date(self.tahun - umur, self.rng.randint(1, 12), self.rng.randint(1, 28))
            tmt = date(lahir.year + self.rng.randint(22, 30), self.rng.randint(1, 12), 1)
            nip = buat_nip(lahir, tmt, self.rng.choice("LP"), self.urutan)  # type: ignore[arg-type]
            if nip not in self.nips:
                self.nips.add(nip)
                return nip

    def orang(
        self,
        unor: tuple[str, str],
        jabatan: str,
        golongan: str,
        atasan: _Orang | None,
        kelompok: KelompokJabatan,
        pimpinan: bool = False,
        jenjang: Jenjang | None = None,
        umur: int = 40,
        is_admin: bool = False,
    ) -> _Orang:
        o = _Orang(
            self.uuid(),
            self.nama(),
            self.nip(umur),
            golongan,
            jabatan,
            unor[0],
            unor[1],
            atasan,
            kelompok,
            pimpinan,
        )
        self.rows.add(
            Pegawai,
            **{**self.stamp(), "id": o.id},
            instansi_id=self.instansi_id,
            nip=o.nip,
            nama=o.nama,
            golongan=golongan,
            jabatan=jabatan,
            jenis_jabatan=JenisJabatan.PIMPINAN if pimpinan else JenisJabatan.PEGAWAI,
            kelompok_jabatan=kelompok,
            jenjang=jenjang,
            tmt_jabatan=date(self.tahun - self.rng.randint(1, 6), 1, 1) if jenjang else None,
            unor_id=unor[0],
            atasan_id=atasan.id if atasan else None,
            is_admin=is_admin,
        )
        return o

    def unor(
        self, nama: str, jenis: str, atasan: str | None, induk: str | None, mandiri: bool = False
    ) -> tuple[str, str]:
        id_ = self.rows.add(
            Unor,
            **self.stamp(),
            instansi_id=self.instansi_id,
            nama=nama,
            jenis=jenis,
            unor_atasan_id=atasan,
            unor_induk_id=induk,
            mandiri=mandiri,
            kota="Jakarta Pusat",
        )
        return id_, nama

    # --- the instansi -----------------------------------------------------------------------

    def instansi(self, jumlah_pegawai: int) -> None:
        self.rows.add(
            Instansi,
            **{**self.stamp(), "id": self.instansi_id},
            nama="Kementerian Perencanaan Wilayah Nusantara",
            kode="KPWN",
            pola_periode=PolaPeriode.TRIWULANAN,
        )
        for p in buat_periode(PolaPeriode.TRIWULANAN, self.tahun):
            row = dict(
                **self.stamp(),
                instansi_id=self.instansi_id,
                tahun=self.tahun,
                nomor=p.nomor,
                nama=p.nama,
                awal=p.awal,
                akhir=p.akhir,
                batas_pengisian=p.batas_pengisian,
                jenis=p.jenis,
            )
            self.rows.add(Periode, **row)
            self.periode.append(row)
        setjen = self.unor("Sekretariat Jenderal", "JPT Madya / Eselon Ia", None, None, True)
        sekjen = self.orang(
            setjen, "Sekretaris Jenderal", "IV/e", None, KelompokJabatan.JPT, pimpinan=True, umur=56
        )
        self.skp_jpt(sekjen, StatusSkp.PERSETUJUAN, atasan_rhk=None)
        admin = self.orang(
            setjen,
            "Analis Sumber Daya Manusia Aparatur",
            "III/c",
            sekjen,
            KelompokJabatan.JF,
            jenjang=Jenjang.AHLI_MUDA,
            is_admin=True,
        )
        self.pengguna["Admin"] = admin.id
        self.admin_id = admin.id
        jumlah_biro = max(1, round(jumlah_pegawai / PEGAWAI_PER_BIRO))
        for nomor in range(jumlah_biro):
            self.biro(nomor, setjen, sekjen)

    def biro(self, nomor: int, setjen: tuple[str, str], sekjen: _Orang) -> None:
        nama_biro = "Biro Perencanaan dan Keuangan" if nomor == 0 else f"Biro Wilayah {nomor}"
        biro = self.unor(nama_biro, "JPT Pratama / Eselon IIa", setjen[0], setjen[0])
        kepala = self.orang(
            biro, f"Kepala {nama_biro}", "IV/c", sekjen, KelompokJabatan.JPT, pimpinan=True, umur=50
        )
        rhk_biro = self.skp_jpt(kepala, StatusSkp.PERSETUJUAN, atasan_rhk=None)
        first = nomor == 0
        if first:
            self.pengguna["Pimpinan"] = kepala.id
        status_cycle = [StatusSkp.PERSETUJUAN] * 7 + [StatusSkp.PENGAJUAN, StatusSkp.DRAFT, None]
        for b, (nama_bagian, rhk_index, jf, nama_tim) in enumerate(BAGIAN):
            bagian = self.unor(f"{nama_bagian}", "Administrator / Eselon IIIa", biro[0], biro[0])
            kabag = self.orang(
                bagian,
                f"Kepala {nama_bagian}",
                "IV/a",
                kepala,
                KelompokJabatan.JA,
                pimpinan=True,
                umur=46,
            )
            rhk_kabag = self.skp_ja(kabag, StatusSkp.PERSETUJUAN, rhk_biro[rhk_index], b)
            ketua = self.orang(
                bagian,
                f"{jf} Ahli Madya",
                "IV/b",
                kabag,
                KelompokJabatan.JF,
                jenjang=Jenjang.AHLI_MADYA,
                umur=48,
            )
            tim_id = self.rows.add(
                TimKerja,
                **self.stamp(),
                unor_id=biro[0],
                nama=nama_tim,
                tahun=self.tahun,
                dibuat_oleh_id=kepala.id,
                ketua_id=ketua.id,
                skp_organisasi_dibuat=True,
            )
            rhk_ketua = self.skp_ja(
                ketua, StatusSkp.PERSETUJUAN, rhk_biro[rhk_index], b, tim_kerja_id=tim_id
            )
            if first and b == 0:
                self.pengguna["Ketua Tim"] = ketua.id
            for s in range(11):
                jenjang = (Jenjang.AHLI_PERTAMA, Jenjang.AHLI_MUDA, None)[s % 3]
                jabatan = f"{jf} {jenjang.label}" if jenjang else "Pengolah Data dan Informasi"
                staf = self.orang(
                    bagian,
                    jabatan,
                    ("III/a", "III/c", "II/c")[s % 3],
                    kabag,
                    KelompokJabatan.JF if jenjang else KelompokJabatan.JA,
                    jenjang=jenjang,
                    umur=self.rng.randint(25, 50),
                )
                status = status_cycle[(s + b) % len(status_cycle)]
                leader = rhk_ketua if s % 2 == 0 else rhk_kabag
                if s % 2 == 0:
                    self.rows.add(
                        AnggotaTim, **self.stamp(), tim_kerja_id=tim_id, pegawai_id=staf.id
                    )
                if status is not None:
                    self.skp_ja(staf, status, leader, s + b)
                if first and b == 0 and s == 0:
                    self.pengguna["Pegawai"] = staf.id
            if first and b == 1:
                self.rows.add(
                    PltPlh,
                    **self.stamp(),
                    pegawai_id=kabag.id,
                    unor_id=bagian[0],
                    jabatan=f"PLT {nama_bagian}",
                    jenis=JenisPlt.PLT,
                    periode_awal=date(self.tahun, 3, 1),
                    periode_akhir=date(self.tahun, 8, 31),
                    aktif=True,
                )
        self.capaian(biro[0])

    # --- SKP content --------------------------------------------------------------------------

    def skp(self, o: _Orang, jenis: JenisSkp, status: StatusSkp) -> str:
        penilai = o.atasan
        skp_id = self.rows.add(
            Skp,
            **self.stamp(),
            pegawai_id=o.id,
            unor_id=o.unor_id,
            pejabat_penilai_id=penilai.id if penilai else None,
            atasan_pejabat_penilai_id=(penilai.atasan.id if penilai and penilai.atasan else None),
            snapshot_pegawai=o.snapshot(),
            snapshot_pejabat_penilai=penilai.snapshot() if penilai else {},
            snapshot_atasan_pejabat_penilai=(
                penilai.atasan.snapshot() if penilai and penilai.atasan else {}
            ),
            tahun=self.tahun,
            periode_awal=date(self.tahun, 1, 1),
            periode_akhir=date(self.tahun, 12, 31),
            pendekatan=Pendekatan.KUANTITATIF,
            jenis=jenis,
            status=status,
            versi_isi=1,
            catatan_perbaikan=(
                "Mohon perjelas target kualitas pada RHK kedua."
                if status is StatusSkp.DRAFT
                else None
            ),
        )
        self.riwayat(skp_id, o, penilai, status)
        for j, teks in enumerate(("Laptop dan akses aplikasi", "Anggaran kegiatan")):
            self.rows.add(
                LampiranItem,
                **self.stamp(),
                skp_id=skp_id,
                jenis=JenisLampiran.DUKUNGAN_SUMBER_DAYA,
                teks=teks,
                urutan=j + 1,
            )
        self.rows.add(
            LampiranItem,
            **self.stamp(),
            skp_id=skp_id,
            jenis=JenisLampiran.SKEMA_PERTANGGUNGJAWABAN,
            teks="Laporan bulanan kepada atasan langsung",
            urutan=1,
        )
        self.rows.add(
            LampiranItem,
            **self.stamp(),
            skp_id=skp_id,
            jenis=JenisLampiran.KONSEKUENSI,
            teks="Pemberian penghargaan sesuai capaian",
            urutan=1,
        )
        if status is StatusSkp.PERSETUJUAN:
            self.rows.add(
                EkspektasiKhusus,
                **self.stamp(),
                skp_id=skp_id,
                nilai=NilaiBerakhlak.KOLABORATIF,
                teks="Aktif berbagi data dengan bagian lain tanpa diminta",
            )
        return skp_id

    def riwayat(self, skp_id: str, o: _Orang, penilai: _Orang | None, status: StatusSkp) -> None:
        waktu = datetime(self.tahun, 1, 15, 9, 0)
        steps: list[tuple[StatusSkp, StatusSkp, _Orang]] = []
        if status is not StatusSkp.DRAFT:
            steps.append((StatusSkp.DRAFT, StatusSkp.PENGAJUAN, o))
        if status is StatusSkp.PERSETUJUAN:
            steps.append((StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN, penilai or o))
        for i, (dari, ke, oleh) in enumerate(steps):
            self.rows.add(
                RiwayatStatusSkp,
                **self.stamp(),
                skp_id=skp_id,
                oleh_id=oleh.id,
                oleh_nama=oleh.nama,
                waktu=waktu + timedelta(days=3 * i),
                dari=dari,
                ke=ke,
                catatan=None,
            )

    def skp_jpt(self, o: _Orang, status: StatusSkp, atasan_rhk: str | None) -> list[str]:
        skp_id = self.skp(o, JenisSkp.JPT, status)
        rhk_ids = []
        for r, (teks, ikis) in enumerate(RHK_KEPALA_BIRO):
            rhk_id = self.rows.add(
                Rhk,
                **self.stamp(),
                skp_id=skp_id,
                jenis=JenisRhk.UTAMA,
                klasifikasi=KlasifikasiRhk.ORGANISASI,
                unor_id=o.unor_id,
                teks=teks,
                rhk_diintervensi_id=atasan_rhk,
                urutan=r + 1,
            )
            rhk_ids.append(rhk_id)
            for i, (indikator, lo, hi, satuan, perspektif) in enumerate(ikis):
                self.iki_per_rhk[rhk_id].append(
                    self.rows.add(
                        Iki,
                        **self.stamp(),
                        rhk_id=rhk_id,
                        indikator=indikator,
                        target_min=lo,
                        target_max=hi,
                        satuan=satuan,
                        perspektif=perspektif,
                        urutan=i + 1,
                    )
                )
        if status is StatusSkp.PERSETUJUAN:
            self.penilaian(skp_id, rhk_ids, o)
        return rhk_ids

    def skp_ja(
        self,
        o: _Orang,
        status: StatusSkp,
        rhk_leader: str | list[str],
        variasi: int,
        tim_kerja_id: str | None = None,
    ) -> list[str]:
        skp_id = self.skp(o, JenisSkp.JA_JF, status)
        leaders = rhk_leader if isinstance(rhk_leader, list) else [rhk_leader]
        rhk_ids = []
        templates = (
            [RHK_BAGIAN[variasi % 3]]
            if o.pimpinan or tim_kerja_id
            else [RHK_STAF[variasi % 4], RHK_STAF[(variasi + 1) % 4]]
        )
        for r, template in enumerate(templates):
            teks, indikator, lo, hi, satuan = template[:5]
            aspek = template[5] if len(template) > 5 else Aspek.KUANTITAS
            if tim_kerja_id:
                teks = f"{teks} melalui tim kerja"
            rhk_id = self.rows.add(
                Rhk,
                **self.stamp(),
                skp_id=skp_id,
                jenis=JenisRhk.UTAMA,
                klasifikasi=(
                    KlasifikasiRhk.ORGANISASI
                    if o.pimpinan or tim_kerja_id
                    else KlasifikasiRhk.INDIVIDU
                ),
                unor_id=o.unor_id if o.pimpinan else None,
                tim_kerja_id=tim_kerja_id,
                teks=teks,
                penugasan_dari=o.atasan.jabatan if o.atasan else None,
                rhk_diintervensi_id=leaders[r % len(leaders)],
                urutan=r + 1,
            )
            rhk_ids.append(rhk_id)
            self.iki_per_rhk[rhk_id].append(
                self.rows.add(
                    Iki,
                    **self.stamp(),
                    rhk_id=rhk_id,
                    indikator=indikator,
                    target_min=lo,
                    target_max=hi,
                    satuan=satuan,
                    aspek=aspek,
                    urutan=1,
                )
            )
        if not o.pimpinan and variasi % 3 == 0:
            self.rows.add(
                Rhk,
                **self.stamp(),
                skp_id=skp_id,
                jenis=JenisRhk.TAMBAHAN,
                klasifikasi=KlasifikasiRhk.INDIVIDU,
                teks="Menjadi narasumber internal",
                rhk_diintervensi_id=None,
                urutan=1,
            )
        if status is StatusSkp.PERSETUJUAN:
            self.penilaian(skp_id, rhk_ids, o)
        return rhk_ids

    # --- the first quarter ---------------------------------------------------------------------

    def penilaian(self, skp_id: str, rhk_ids: list[str], o: _Orang) -> None:
        """TW I: rencana aksi, bukti dukung, realisasi, feedback and (for most) ratings."""
        tw1 = self.periode[0]
        pp_id = self.rows.add(PeriodePenilaian, **self.stamp(), skp_id=skp_id, periode_id=tw1["id"])
        self.rows.add(
            PeriodePenilaian, **self.stamp(), skp_id=skp_id, periode_id=self.final_periode()["id"]
        )
        iki_ids = [iki_id for rhk_id in rhk_ids for iki_id in self.iki_per_rhk[rhk_id]]
        for i, rhk_id in enumerate(rhk_ids):
            self.rows.add(
                RencanaAksi,
                **self.stamp(),
                periode_penilaian_id=pp_id,
                rhk_id=rhk_id,
                teks="Menyusun rancangan dan membahasnya dengan atasan",
                target="1",
                satuan="dokumen",
                urutan=i + 1,
            )
        for iki_id in iki_ids:
            self.rows.add(
                Realisasi,
                **self.stamp(),
                periode_penilaian_id=pp_id,
                iki_id=iki_id,
                teks="Tercapai sesuai rencana triwulan I",
                sumber_data="Laporan triwulan I",
            )
            self.rows.add(
                BuktiDukung,
                **self.stamp(),
                periode_penilaian_id=pp_id,
                iki_id=iki_id,
                nama="Laporan triwulan I",
                url=f"https://drive.example.go.id/tw1/{iki_id[:8]}",
            )
        if o.atasan is None or self.rng.random() < 0.2:
            return
        if iki_ids:
            positif = self.rng.random() < 0.8
            self.rows.add(
                Feedback,
                **self.stamp(),
                periode_penilaian_id=pp_id,
                iki_id=iki_ids[0],
                dari_id=o.atasan.id,
                sumber=SumberFeedback.ATASAN,
                sifat=SifatFeedback.POSITIF if positif else SifatFeedback.NEGATIF,
                teks="Hasil kerja rapi dan tepat waktu."
                if positif
                else "Perlu lebih teliti pada data pendukung.",
            )
        self.rows.add(
            Feedback,
            **self.stamp(),
            periode_penilaian_id=pp_id,
            nilai=NilaiBerakhlak.KOLABORATIF,
            dari_id=o.atasan.id,
            sumber=SumberFeedback.ATASAN,
            sifat=SifatFeedback.POSITIF,
            teks="Terbuka bekerja sama dengan tim.",
        )
        hasil, perilaku = self.rng.choice(
            [(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)] * 6
            + [(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI)] * 2
            + [(Rating.DIBAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)]
            + [(Rating.SESUAI_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI)]
        )
        self.rows.add(
            PenilaianPeriode,
            **self.stamp(),
            periode_penilaian_id=pp_id,
            rating_hasil_kerja=hasil,
            rating_perilaku_kerja=perilaku,
            predikat=predikat_kinerja(hasil, perilaku),
            dinilai_oleh_id=o.atasan.id,
            dinilai_pada=datetime(self.tahun, 4, 3, 10, 0),
        )

    def final_periode(self) -> dict[str, Any]:
        return next(p for p in self.periode if p["jenis"] is JenisPeriode.FINAL)

    def capaian(self, unor_id: str) -> None:
        self.rows.add(
            CapaianOrganisasiUnor,
            **self.stamp(),
            unor_id=unor_id,
            periode_id=self.periode[0]["id"],
            capaian=CapaianOrganisasi.BAIK,
            bukti_dukung_url="https://drive.example.go.id/capaian/tw1",
            status=StatusCapaian.BELUM_FINAL,
        )
        # TW I's batas pengisian has passed for most of the year: the admin reopened it for the
        # biro (and so its bagian) until the year's end, so the demo quarter can be worked on.
        self.rows.add(
            PeriodeDibukaUlang,
            **self.stamp(),
            periode_id=self.periode[0]["id"],
            unor_id=unor_id,
            sampai=date(self.tahun, 12, 31),
            oleh_id=self.admin_id,
            alasan="Perpanjangan pengisian TW I untuk demo",
        )


# Foreign-key order of the bulk insert.
_INSERT_ORDER: tuple[type[Base], ...] = (
    Instansi,
    Unor,
    Pegawai,
    PltPlh,
    Periode,
    TimKerja,
    AnggotaTim,
    Skp,
    RiwayatStatusSkp,
    LampiranItem,
    EkspektasiKhusus,
    Rhk,
    Iki,
    PeriodePenilaian,
    RencanaAksi,
    Realisasi,
    BuktiDukung,
    Feedback,
    PenilaianPeriode,
    CapaianOrganisasiUnor,
    PeriodeDibukaUlang,
    AktivitasHarian,
)


# --- aktivitas harian (S004): a few weeks for the first biro's Pimpinan, kabag and one team ----

URAIAN_AKTIVITAS = (
    "Menyusun bahan rapat koordinasi",
    "Mengolah data realisasi anggaran bulan berjalan",
    "Menelaah surat masuk dan menyiapkan disposisi",
    "Menginput data capaian kinerja ke aplikasi",
    "Berkoordinasi dengan unit terkait tentang jadwal kegiatan",
    "Memperbaiki draf laporan sesuai masukan atasan",
    "Memeriksa kelengkapan dokumen usulan dari bagian",
    "Menyusun laporan kegiatan mingguan",
    "Mengikuti rapat internal bagian",
    "Mengarsipkan dokumen kegiatan secara elektronik",
    "Menyiapkan bahan paparan untuk pimpinan",
    "Memverifikasi data pendukung laporan triwulan",
)
URAIAN_PIMPINAN = (
    "Memimpin rapat evaluasi capaian bagian",
    "Memeriksa dan menyetujui konsep surat keluar",
    "Memberi arahan kepada ketua tim kerja",
    "Menelaah laporan kegiatan staf",
)
HARI_AKTIVITAS_DEMO = 15  # three working weeks


def _hari_aktivitas(tahun: int) -> list[date]:
    """The demo's working days with aktivitas: the last three weeks before today (before the
    year's end for a past year; none for a future year, entries never lie ahead)."""
    akhir = min(date.today(), date(tahun + 1, 1, 1))
    hari: list[date] = []
    d = akhir - timedelta(days=1)
    while len(hari) < HARI_AKTIVITAS_DEMO and d.year == tahun:
        if d.weekday() < 5:
            hari.append(d)
        d -= timedelta(days=1)
    return sorted(hari)


def aktivitas_demo(rows: _Rows, pengguna: dict[str, str], seed: int, hari: list[date]) -> None:
    """Aktivitas harian of the Pimpinan's kabag and of the demo Pegawai's bagian (its first
    five people), on their approved SKP: two to four entries a working day, older ones mostly
    validated by the SKP's pejabat penilai. Its own random stream, so the rest of the demo is
    the same with or without it; a fixed set of people, so it costs nothing at 5,000 pegawai."""
    rng = random.Random(seed * 7919 + 11)
    pegawai = {p["id"]: p for p in rows.by_model[Pegawai]}
    pimpinan, staf = pengguna.get("Pimpinan"), pengguna.get("Pegawai")
    kabag = [p["id"] for p in pegawai.values() if pimpinan and p["atasan_id"] == pimpinan]
    atasan_staf = pegawai[staf]["atasan_id"] if staf in pegawai else None
    satu_bagian = [
        p["id"] for p in pegawai.values() if atasan_staf and p["atasan_id"] == atasan_staf
    ]
    orang = list(dict.fromkeys([*kabag, *satu_bagian[:5]]))
    skp = {
        s["pegawai_id"]: s
        for s in rows.by_model[Skp]
        if s["status"] is StatusSkp.PERSETUJUAN and s["pegawai_id"] in orang
    }
    rhk: dict[str, list[str]] = defaultdict(list)
    for r in rows.by_model[Rhk]:
        if r["skp_id"] in {s["id"] for s in skp.values()}:
            rhk[r["skp_id"]].append(r["id"])
    batas_validasi = hari[-5] if len(hari) >= 5 else None  # the last week still waits
    for pegawai_id in orang:
        s = skp.get(pegawai_id)
        if s is None or not rhk[s["id"]]:
            continue
        uraian = URAIAN_PIMPINAN + URAIAN_AKTIVITAS if pegawai_id in kabag else URAIAN_AKTIVITAS
        for d in hari:
            if rng.random() < 0.1:
                continue  # leave, training, a day out of office
            divalidasi = batas_validasi is not None and d < batas_validasi and rng.random() < 0.85
            for mulai, selesai in _jadwal_hari(rng):
                n = len(rows.by_model[AktivitasHarian])
                selesai_pada = datetime.combine(d, selesai)
                validasi_pada = selesai_pada + timedelta(days=rng.randint(1, 3), hours=1)
                rows.add(
                    AktivitasHarian,
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    version=1,
                    created_at=selesai_pada,
                    updated_at=validasi_pada if divalidasi else selesai_pada,
                    pegawai_id=pegawai_id,
                    skp_id=s["id"],
                    tanggal=d,
                    jam_mulai=mulai,
                    jam_selesai=selesai,
                    rhk_id=rng.choice(rhk[s["id"]]),
                    rencana_aksi_id=None,
                    uraian=rng.choice(uraian),
                    bukti_url=(
                        f"https://drive.example.go.id/aktivitas/{d:%Y%m%d}-{n}"
                        if rng.random() < 0.4
                        else None
                    ),
                    divalidasi_oleh_id=s["pejabat_penilai_id"] if divalidasi else None,
                    divalidasi_pada=validasi_pada if divalidasi else None,
                )


def _jadwal_hari(rng: random.Random) -> list[tuple[time, time]]:
    """One or two spans before the 12.00 break and one or two after it, within 07.30–16.00."""
    jadwal = []
    for awal, akhir in ((7 * 60 + 30, 12 * 60), (13 * 60, 16 * 60)):
        mulai = awal + rng.choice((0, 30))
        for _ in range(rng.randint(1, 2)):
            selesai = min(akhir, mulai + rng.choice((60, 90, 120, 150)))
            if selesai - mulai < 30:
                break
            jadwal.append((time(mulai // 60, mulai % 60), time(selesai // 60, selesai % 60)))
            mulai = selesai + rng.choice((0, 0, 30))
    return jadwal


def buat_demo(
    db: Database, jumlah_pegawai: int = 40, seed: int = 2026, tahun: int | None = None
) -> DemoInfo:
    """Seed an empty database with the demo instansi; returns the demo users by role."""
    tahun = tahun or date.today().year
    gen = _Generator(seed, tahun)
    gen.instansi(jumlah_pegawai)
    aktivitas_demo(gen.rows, gen.pengguna, seed, _hari_aktivitas(tahun))
    info = DemoInfo(
        instansi_nama="Kementerian Perencanaan Wilayah Nusantara",
        pengguna=gen.pengguna,
        jumlah_pegawai=len(gen.rows.by_model[Pegawai]),
    )
    with db.write_session() as session, session.begin():
        if session.scalar(select(func.count()).select_from(Pegawai)):
            raise ValueError("database already holds data; the demo goes into an empty one")
        # Self-references (rhk → rhk, pegawai → pegawai) are inserted within one statement.
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for model in _INSERT_ORDER:
            rows = gen.rows.by_model.get(model)
            if rows:
                session.execute(insert(model), rows)
        session.add(AppMeta(key=DEMO_META_KEY, value=json.dumps(info.__dict__)))
    return info


def demo_info(db: Database) -> DemoInfo | None:
    """The demo users of a database the demo generator made, if it did."""
    with db.read_session() as session:
        meta = session.get(AppMeta, DEMO_META_KEY)
        return DemoInfo(**json.loads(meta.value)) if meta else None
