"""Adversarial documents: names with apostrophes and non-ASCII letters, a 1,000-character RHK,
an SKP of 60 RHK, empty optional fields, a PLT signer, the kualitatif formats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    Aspek,
    CapaianOrganisasi,
    JenisJabatan,
    JenisLampiran,
    JenisPlt,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    KualitasTingkatKendali,
    NilaiBerakhlak,
    Pendekatan,
    PeriodePelaporan,
    Perspektif,
    PolaPeriode,
    Rating,
    SifatFeedback,
    StatusSkp,
    SumberFeedback,
    buat_periode,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    BuktiDukung,
    CapaianOrganisasiUnor,
    EkspektasiKhusus,
    Feedback,
    Iki,
    Instansi,
    LampiranItem,
    ManualIki,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    PltPlh,
    Realisasi,
    RencanaAksi,
    Rhk,
    Skp,
    Unor,
)
from ekinerja_desktop.services.skp import snapshot_pegawai

KEPALA = "Ni Luh Putu Ayu Déwi O'Neil"
ATASAN = "Ida Bagus Ngurah Rai-Ångström, S.H., M.H."
STAF = "R. A. Kartini O'Brien & Sons <Uji>"
TANPA = "Ñoño Tanpa Golongan"
PLT = "Gusti Ayu Plt Çelik"
INSTANSI = "Pemerintah Kabupaten Uji Coba"
CATATAN = "Diikutsertakan pelatihan kepemimpinan; pertahankan kinerja O'Brien."


def rhk_panjang() -> str:
    """A 1,000-character RHK of ordinary words (so text extraction can compare it)."""
    kata = (
        "Terwujudnya layanan administrasi kepegawaian yang cepat, akurat, transparan dan "
        "akuntabel bagi seluruh aparatur di lingkungan pemerintah daerah "
    )
    teks = (kata * 10)[:1000]
    return teks.rsplit(" ", 1)[0] + " selesai."


def teks_rhk(n: int) -> str:
    return f"RHK nomor {n:02d} tersusunnya laporan bagian {n:02d} yang lengkap"


@dataclass(frozen=True)
class Adversarial:
    instansi: str
    unor_id: str
    kepala_id: str
    staf_id: str
    admin_id: str
    skp_jpt_kualitatif: str
    skp_ja_kualitatif: str
    skp_enam_puluh: str
    skp_kosong: str
    skp_plt: str
    pp_enam_puluh: str  # periode penilaian TW1 of the 60-RHK SKP, rated
    pp_kosong: str  # TW1 of the empty SKP, not rated, nothing filled
    periode_tw1: str


def _pegawai(
    s: Session, instansi: Instansi, unor: Unor, nip: str, nama: str, **kw: object
) -> Pegawai:
    p = Pegawai(instansi_id=instansi.id, nip=nip, nama=nama, unor_id=unor.id, **kw)
    s.add(p)
    s.flush()
    s.refresh(p)
    return p


def _skp(
    s: Session,
    pegawai: Pegawai,
    penilai: Pegawai | None,
    atasan: Pegawai | None,
    jenis: JenisSkp,
    pendekatan: Pendekatan,
    **kw: object,
) -> Skp:
    isi: dict[str, object] = {
        "pegawai_id": pegawai.id,
        "unor_id": pegawai.unor_id,
        "pejabat_penilai_id": penilai.id if penilai else None,
        "atasan_pejabat_penilai_id": atasan.id if atasan else None,
        "snapshot_pegawai": snapshot_pegawai(pegawai),
        "snapshot_pejabat_penilai": snapshot_pegawai(penilai),
        "snapshot_atasan_pejabat_penilai": snapshot_pegawai(atasan),
        "tahun": 2026,
        "periode_awal": date(2026, 1, 1),
        "periode_akhir": date(2026, 12, 31),
        "pendekatan": pendekatan,
        "jenis": jenis,
        "status": StatusSkp.PERSETUJUAN,
    }
    isi.update(kw)
    skp = Skp(**isi)
    s.add(skp)
    s.flush()
    return skp


def _rhk(s: Session, skp: Skp, teks: str, urutan: int, **kw: object) -> Rhk:
    r = Rhk(skp_id=skp.id, teks=teks, urutan=urutan, **kw)
    s.add(r)
    s.flush()
    return r


def _iki(s: Session, rhk: Rhk, indikator: str, urutan: int = 1, **kw: object) -> Iki:
    i = Iki(rhk_id=rhk.id, indikator=indikator, urutan=urutan, **kw)
    s.add(i)
    s.flush()
    return i


def buat_adversarial(db: Database) -> Adversarial:
    with db.write_session() as s, s.begin():
        instansi = Instansi(nama=INSTANSI, pola_periode=PolaPeriode.TRIWULANAN)
        s.add(instansi)
        s.flush()
        dinas = Unor(
            instansi_id=instansi.id,
            nama="Dinas Kepegawaian & Diklat",
            kota="Denpasar",
            jenis="JPT Pratama / Eselon IIb",
        )
        s.add(dinas)
        s.flush()
        bidang = Unor(
            instansi_id=instansi.id,
            nama="Bidang Mutasi",
            unor_atasan_id=dinas.id,
            unor_induk_id=dinas.id,
        )
        s.add(bidang)
        s.flush()
        periode = []
        for p in buat_periode(PolaPeriode.TRIWULANAN, 2026):
            row = Periode(
                instansi_id=instansi.id,
                tahun=2026,
                nomor=p.nomor,
                nama=p.nama,
                awal=p.awal,
                akhir=p.akhir,
                batas_pengisian=p.batas_pengisian,
                jenis=p.jenis,
            )
            s.add(row)
            periode.append(row)
        s.flush()
        tw1 = periode[0]
        s.add(
            CapaianOrganisasiUnor(
                unor_id=dinas.id, periode_id=tw1.id, capaian=CapaianOrganisasi.ISTIMEWA
            )
        )

        setda = Unor(instansi_id=instansi.id, nama="Sekretariat Daerah", kota="Denpasar")
        s.add(setda)
        s.flush()
        atasan = _pegawai(
            s,
            instansi,
            setda,
            "196501012000031001",
            ATASAN,
            golongan="IV/e",
            jabatan="Sekretaris Daerah",
            jenis_jabatan=JenisJabatan.PIMPINAN,
            kelompok_jabatan=KelompokJabatan.JPT,
        )
        kepala = _pegawai(
            s,
            instansi,
            dinas,
            "197001012000032002",
            KEPALA,
            golongan="IV/c",
            jabatan="Kepala Dinas Kepegawaian & Diklat",
            jenis_jabatan=JenisJabatan.PIMPINAN,
            kelompok_jabatan=KelompokJabatan.JPT,
            atasan_id=atasan.id,
        )
        staf = _pegawai(
            s,
            instansi,
            bidang,
            "198505052010011003",
            STAF,
            golongan="III/d",
            jabatan="Analis Kepegawaian Ahli Muda",
            kelompok_jabatan=KelompokJabatan.JF,
            atasan_id=kepala.id,
        )
        tanpa = _pegawai(
            s,
            instansi,
            bidang,
            "199001012015012004",
            TANPA,
            golongan=None,
            jabatan="Pengadministrasi Umum",
            atasan_id=None,
        )
        plt_orang = _pegawai(
            s,
            instansi,
            dinas,
            "198001012005012005",
            PLT,
            golongan="IV/a",
            jabatan="Sekretaris Dinas",
            atasan_id=kepala.id,
        )
        admin = _pegawai(
            s,
            instansi,
            dinas,
            "198801012012011006",
            "Admin Uji",
            golongan="III/a",
            jabatan="Pranata Komputer",
            is_admin=True,
        )

        # JPT kualitatif: the 1,000-character RHK, narratives, perspektif, manual IKI.
        jpt = _skp(s, kepala, atasan, None, JenisSkp.JPT, Pendekatan.KUALITATIF)
        r1 = _rhk(s, jpt, rhk_panjang(), 1, penugasan_dari="Bupati Uji Coba")
        i1 = _iki(
            s,
            r1,
            "Meningkatnya indeks kepuasan layanan kepegawaian menjadi 'sangat baik' "
            "menurut survei triwulanan",
            perspektif=Perspektif.PENERIMA_LAYANAN,
        )
        r2 = _rhk(s, jpt, "Anggaran dinas dikelola efisien", 2)
        i2 = _iki(
            s, r2, "Realisasi anggaran tepat sasaran tanpa temuan", perspektif=Perspektif.ANGGARAN
        )
        _rhk(s, jpt, "Tambahan: menjadi narasumber nasional", 1, jenis=JenisRhk.TAMBAHAN)
        s.add(
            ManualIki(
                iki_id=i1.id,
                tujuan="Mengukur kepuasan ASN",
                definisi="Survei kepada pegawai",
                formula="Rata-rata skor × 25",
                satuan="indeks",
                kualitas_tingkat_kendali=KualitasTingkatKendali.OUTCOME_ANTARA,
                sumber_data="Laporan survei O'Neil & tim",
                periode_pelaporan=PeriodePelaporan.TRIWULANAN,
            )
        )
        s.add(ManualIki(iki_id=i2.id, tujuan="Efisiensi anggaran", sumber_data="SIPD"))
        s.add(
            EkspektasiKhusus(
                skp_id=jpt.id,
                nilai=NilaiBerakhlak.BERORIENTASI_PELAYANAN,
                teks="Menjawab keluhan dalam 1×24 jam",
            )
        )
        s.add(
            EkspektasiKhusus(
                skp_id=jpt.id, nilai=NilaiBerakhlak.ADAPTIF, teks="Memimpin digitalisasi layanan"
            )
        )

        # JA/JF kualitatif intervening the leader.
        jak = _skp(s, staf, kepala, atasan, JenisSkp.JA_JF, Pendekatan.KUALITATIF)
        rk = _rhk(
            s,
            jak,
            "Data mutasi pegawai mutakhir setiap bulan",
            1,
            rhk_diintervensi_id=r2.id,
            penugasan_dari="Kepala Dinas Kepegawaian & Diklat",
        )
        _iki(
            s,
            rk,
            "Data mutasi diperbarui paling lambat tanggal 5 tiap bulan tanpa kesalahan",
            aspek=Aspek.WAKTU,
        )

        # JA/JF kuantitatif, 60 RHK (50 utama, 10 tambahan), rated in TW1.
        besar = _skp(s, staf, kepala, atasan, JenisSkp.JA_JF, Pendekatan.KUANTITATIF)
        iki_besar: list[Iki] = []
        rhk_besar: list[Rhk] = []
        for n in range(1, 61):
            jenis = JenisRhk.UTAMA if n <= 50 else JenisRhk.TAMBAHAN
            r = _rhk(
                s,
                besar,
                teks_rhk(n),
                n,
                jenis=jenis,
                rhk_diintervensi_id=r1.id if n <= 50 else None,
            )
            rhk_besar.append(r)
            iki_besar.append(
                _iki(
                    s,
                    r,
                    f"Jumlah laporan bagian {n:02d}",
                    target_min="1",
                    target_max=str(n + 1),
                    satuan="laporan",
                    aspek=Aspek.KUANTITAS,
                )
            )
            if n % 7 == 0:
                iki_besar.append(
                    _iki(
                        s,
                        r,
                        f"Ketepatan waktu laporan {n:02d}",
                        urutan=2,
                        target_min="100",
                        target_max="100",
                        satuan="%",
                        aspek=Aspek.WAKTU,
                    )
                )
        pp = PeriodePenilaian(skp_id=besar.id, periode_id=tw1.id)
        s.add(pp)
        s.flush()
        for n, r in enumerate(rhk_besar[:5], start=1):
            s.add(
                RencanaAksi(
                    periode_penilaian_id=pp.id,
                    rhk_id=r.id,
                    teks=f"Rencana aksi O'Brien {n}",
                    target="2",
                    satuan="dokumen",
                    urutan=1,
                )
            )
        s.add(
            Realisasi(
                periode_penilaian_id=pp.id,
                iki_id=iki_besar[0].id,
                teks="Tersusun 2 laporan bagian 01",
                sumber_data="Arsip bidang",
            )
        )
        s.add(
            BuktiDukung(
                periode_penilaian_id=pp.id,
                iki_id=iki_besar[0].id,
                nama="Tautan panjang",
                url="https://drive.example.go.id/" + "sangat-panjang-" * 12 + "akhir",
            )
        )
        s.add(
            Feedback(
                periode_penilaian_id=pp.id,
                iki_id=iki_besar[0].id,
                dari_id=kepala.id,
                sumber=SumberFeedback.ATASAN,
                sifat=SifatFeedback.POSITIF,
                teks="Laporan O'Brien rapi & tepat waktu",
            )
        )
        s.add(
            Feedback(
                periode_penilaian_id=pp.id,
                nilai=NilaiBerakhlak.HARMONIS,
                dari_id=plt_orang.id,
                sumber=SumberFeedback.REKAN_KERJA,
                sifat=SifatFeedback.NEGATIF,
                teks="Perlu lebih sabar menerima tamu",
            )
        )
        s.add(
            PenilaianPeriode(
                periode_penilaian_id=pp.id,
                rating_hasil_kerja=Rating.DIATAS_EKSPEKTASI,
                rating_perilaku_kerja=Rating.DIATAS_EKSPEKTASI,
                predikat=predikat_kinerja(Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI),
                dinilai_oleh_id=kepala.id,
                dinilai_pada=datetime(2026, 4, 2, 9),
                catatan_rekomendasi=CATATAN,
            )
        )
        s.add(
            LampiranItem(
                skp_id=besar.id,
                jenis=JenisLampiran.DUKUNGAN_SUMBER_DAYA,
                teks="Akses SIASN & e-Kinerja",
                urutan=1,
            )
        )
        s.add(
            LampiranItem(
                skp_id=besar.id,
                jenis=JenisLampiran.KONSEKUENSI,
                teks="Tunjangan dipotong bila tidak tercapai",
                urutan=1,
            )
        )

        # Empty optional fields: no PPK, no golongan, no lampiran, an RHK without text or IKI.
        kosong = _skp(s, tanpa, None, None, JenisSkp.JA_JF, Pendekatan.KUANTITATIF)
        rx = _rhk(s, kosong, "", 1)
        _iki(s, rx, "", aspek=None)
        _rhk(s, kosong, "RHK tanpa IKI", 2)
        pp_kosong = PeriodePenilaian(skp_id=kosong.id, periode_id=tw1.id)
        s.add(pp_kosong)

        # A PLT heads the Bidang Pengembangan: its pegawai's SKP names no PPK, the PLT signs.
        pengembangan = Unor(
            instansi_id=instansi.id,
            nama="Bidang Pengembangan",
            unor_atasan_id=dinas.id,
            unor_induk_id=dinas.id,
        )
        s.add(pengembangan)
        s.flush()
        bawahan_plt = _pegawai(
            s,
            instansi,
            pengembangan,
            "199201012018011007",
            "Wayan Bawahan Plt",
            golongan="III/a",
            jabatan="Analis Kompetensi",
        )
        s.add(
            PltPlh(
                pegawai_id=plt_orang.id,
                unor_id=pengembangan.id,
                jabatan="Plt. Kepala Bidang Pengembangan",
                jenis=JenisPlt.PLT,
                periode_awal=date(2026, 1, 1),
                periode_akhir=date(2026, 12, 31),
            )
        )
        plt_skp = _skp(
            s,
            bawahan_plt,
            None,
            None,
            JenisSkp.JA_JF,
            Pendekatan.KUANTITATIF,
            periode_awal=date(2026, 2, 1),
        )
        _rhk(s, plt_skp, "RHK di bawah Plt", 1)
        s.flush()
        return Adversarial(
            instansi=INSTANSI,
            unor_id=dinas.id,
            kepala_id=kepala.id,
            staf_id=staf.id,
            admin_id=admin.id,
            skp_jpt_kualitatif=jpt.id,
            skp_ja_kualitatif=jak.id,
            skp_enam_puluh=besar.id,
            skp_kosong=kosong.id,
            skp_plt=plt_skp.id,
            pp_enam_puluh=pp.id,
            pp_kosong=pp_kosong.id,
            periode_tw1=tw1.id,
        )
