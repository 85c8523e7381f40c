"""Enumerations of the SKP domain (PermenPANRB 6/2022 as practised in e-Kinerja).

Values are stable strings: they are stored in the database and sent over the sync protocol,
so never rename a value; add new ones instead.
"""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A StrEnum whose members carry the Indonesian label users see in the guides."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self), self.value), self.value.replace("_", " ").title())


class Rating(LabeledEnum):
    DIBAWAH_EKSPEKTASI = "DIBAWAH_EKSPEKTASI"
    SESUAI_EKSPEKTASI = "SESUAI_EKSPEKTASI"
    DIATAS_EKSPEKTASI = "DIATAS_EKSPEKTASI"


class Predikat(LabeledEnum):
    SANGAT_BAIK = "SANGAT_BAIK"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH_PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT_KURANG"


class CapaianOrganisasi(LabeledEnum):
    ISTIMEWA = "ISTIMEWA"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH_PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT_KURANG"


class Jenjang(LabeledEnum):
    PEMULA = "PEMULA"
    TERAMPIL = "TERAMPIL"
    MAHIR = "MAHIR"
    PENYELIA = "PENYELIA"
    AHLI_PERTAMA = "AHLI_PERTAMA"
    AHLI_MUDA = "AHLI_MUDA"
    AHLI_MADYA = "AHLI_MADYA"
    AHLI_UTAMA = "AHLI_UTAMA"


class StatusSkp(LabeledEnum):
    DRAFT = "DRAFT"
    PENGAJUAN = "PENGAJUAN"
    PERSETUJUAN = "PERSETUJUAN"


class PeranSkp(LabeledEnum):
    PEGAWAI = "PEGAWAI"
    PEGAWAI_UNOR_MANDIRI = "PEGAWAI_UNOR_MANDIRI"
    PEJABAT_PENILAI = "PEJABAT_PENILAI"
    ADMIN = "ADMIN"


class Pendekatan(LabeledEnum):
    KUANTITATIF = "KUANTITATIF"
    KUALITATIF = "KUALITATIF"


class JenisSkp(LabeledEnum):
    """Which SKP format: JPT (perspektif) or JA/JF (aspek, intervening a leader's RHK)."""

    JPT = "JPT"
    JA_JF = "JA_JF"


class JenisJabatan(LabeledEnum):
    """Pegawai's jenis jabatan in the master data (S003): Pimpinan heads a unit and is a PPK."""

    PIMPINAN = "PIMPINAN"
    PEGAWAI = "PEGAWAI"


class KelompokJabatan(LabeledEnum):
    """JPT, administrator/pengawas/pelaksana (JA) or fungsional (JF)."""

    JPT = "JPT"
    JA = "JA"
    JF = "JF"


class JenisRhk(LabeledEnum):
    UTAMA = "UTAMA"
    TAMBAHAN = "TAMBAHAN"


class KlasifikasiRhk(LabeledEnum):
    ORGANISASI = "ORGANISASI"
    INDIVIDU = "INDIVIDU"


class Perspektif(LabeledEnum):
    PENERIMA_LAYANAN = "PENERIMA_LAYANAN"
    PROSES_BISNIS = "PROSES_BISNIS"
    PENGUATAN_INTERNAL = "PENGUATAN_INTERNAL"
    ANGGARAN = "ANGGARAN"


class Aspek(LabeledEnum):
    KUANTITAS = "KUANTITAS"
    KUALITAS = "KUALITAS"
    WAKTU = "WAKTU"
    BIAYA = "BIAYA"


class JenisPlt(LabeledEnum):
    PLT = "PLT"
    PLH = "PLH"


class JenisPeriode(LabeledEnum):
    PERIODIK = "PERIODIK"
    FINAL = "FINAL"


class PolaPeriode(LabeledEnum):
    BULANAN = "BULANAN"
    TRIWULANAN = "TRIWULANAN"


class JenisLampiran(LabeledEnum):
    DUKUNGAN_SUMBER_DAYA = "DUKUNGAN_SUMBER_DAYA"
    SKEMA_PERTANGGUNGJAWABAN = "SKEMA_PERTANGGUNGJAWABAN"
    KONSEKUENSI = "KONSEKUENSI"


class SumberFeedback(LabeledEnum):
    ATASAN = "ATASAN"
    KETUA_TIM = "KETUA_TIM"
    REKAN_KERJA = "REKAN_KERJA"


class SifatFeedback(LabeledEnum):
    POSITIF = "POSITIF"
    NEGATIF = "NEGATIF"


class StatusKeberatan(LabeledEnum):
    DIAJUKAN = "DIAJUKAN"
    DIJELASKAN = "DIJELASKAN"
    DISETUJUI = "DISETUJUI"
    DITOLAK = "DITOLAK"
    TERLAMBAT = "TERLAMBAT"


class StatusCapaian(LabeledEnum):
    BELUM_FINAL = "BELUM_FINAL"
    FINAL = "FINAL"


class KualitasTingkatKendali(LabeledEnum):
    OUTCOME = "OUTCOME"
    OUTCOME_ANTARA = "OUTCOME_ANTARA"
    OUTPUT_KENDALI_RENDAH = "OUTPUT_KENDALI_RENDAH"


class PeriodePelaporan(LabeledEnum):
    BULANAN = "BULANAN"
    TRIWULANAN = "TRIWULANAN"
    SEMESTERAN = "SEMESTERAN"
    TAHUNAN = "TAHUNAN"


class NilaiBerakhlak(LabeledEnum):
    """The seven BerAKHLAK core values, in the guides' order."""

    BERORIENTASI_PELAYANAN = "BERORIENTASI_PELAYANAN"
    AKUNTABEL = "AKUNTABEL"
    KOMPETEN = "KOMPETEN"
    HARMONIS = "HARMONIS"
    LOYAL = "LOYAL"
    ADAPTIF = "ADAPTIF"
    KOLABORATIF = "KOLABORATIF"


class StatusOutbox(LabeledEnum):
    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    CONFLICT = "conflict"
    REFUSED = "refused"


# Pairs, not a dict keyed by member: StrEnum members hash as their value, so Predikat.KURANG and
# CapaianOrganisasi.KURANG would be one key and the later label would win for both.
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Rating.DIBAWAH_EKSPEKTASI, "Di Bawah Ekspektasi"),
    (Rating.SESUAI_EKSPEKTASI, "Sesuai Ekspektasi"),
    (Rating.DIATAS_EKSPEKTASI, "Di Atas Ekspektasi"),
    (Predikat.SANGAT_BAIK, "Sangat Baik"),
    (Predikat.BAIK, "Baik"),
    (Predikat.BUTUH_PERBAIKAN, "Butuh Perbaikan"),
    (Predikat.KURANG, "Kurang/Misconduct"),
    (Predikat.SANGAT_KURANG, "Sangat Kurang"),
    (CapaianOrganisasi.ISTIMEWA, "Istimewa"),
    (CapaianOrganisasi.BAIK, "Baik"),
    (CapaianOrganisasi.BUTUH_PERBAIKAN, "Butuh Perbaikan"),
    (CapaianOrganisasi.KURANG, "Kurang"),
    (CapaianOrganisasi.SANGAT_KURANG, "Sangat Kurang"),
    (Jenjang.AHLI_PERTAMA, "Ahli Pertama"),
    (Jenjang.AHLI_MUDA, "Ahli Muda"),
    (Jenjang.AHLI_MADYA, "Ahli Madya"),
    (Jenjang.AHLI_UTAMA, "Ahli Utama"),
    (StatusSkp.DRAFT, "Draft"),
    (StatusSkp.PENGAJUAN, "Pengajuan"),
    (StatusSkp.PERSETUJUAN, "Persetujuan"),
    (Pendekatan.KUANTITATIF, "Kuantitatif"),
    (Pendekatan.KUALITATIF, "Kualitatif"),
    (JenisSkp.JPT, "JPT"),
    (JenisSkp.JA_JF, "JA/JF"),
    (KelompokJabatan.JPT, "JPT"),
    (KelompokJabatan.JA, "JA"),
    (KelompokJabatan.JF, "JF"),
    (JenisRhk.UTAMA, "Utama"),
    (JenisRhk.TAMBAHAN, "Tambahan"),
    (KlasifikasiRhk.ORGANISASI, "Organisasi"),
    (KlasifikasiRhk.INDIVIDU, "Individu"),
    (Perspektif.PENERIMA_LAYANAN, "Penerima Layanan"),
    (Perspektif.PROSES_BISNIS, "Proses Bisnis"),
    (Perspektif.PENGUATAN_INTERNAL, "Penguatan Internal"),
    (Perspektif.ANGGARAN, "Anggaran"),
    (JenisPlt.PLT, "Pelaksana Tugas"),
    (JenisPlt.PLH, "Pelaksana Harian"),
    (JenisPeriode.PERIODIK, "-"),
    (JenisPeriode.FINAL, "Final"),
    (JenisLampiran.DUKUNGAN_SUMBER_DAYA, "Dukungan Sumber Daya"),
    (JenisLampiran.SKEMA_PERTANGGUNGJAWABAN, "Skema Pertanggungjawaban"),
    (JenisLampiran.KONSEKUENSI, "Konsekuensi"),
    (SumberFeedback.ATASAN, "Atasan"),
    (SumberFeedback.KETUA_TIM, "Ketua Tim"),
    (SumberFeedback.REKAN_KERJA, "Rekan Kerja"),
    (StatusCapaian.BELUM_FINAL, "Belum Final"),
    (StatusCapaian.FINAL, "Final"),
    (KualitasTingkatKendali.OUTCOME, "Outcome"),
    (KualitasTingkatKendali.OUTCOME_ANTARA, "Outcome antara"),
    (KualitasTingkatKendali.OUTPUT_KENDALI_RENDAH, "Output kendali rendah"),
    (NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Berorientasi Pelayanan"),
)

_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): label for member, label in _LABEL_PAIRS
}
