<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rating
hasil kerja</source>
        <translation>Rating
hasil kerja</translation>
    </message>
    <message>
        <source>Rating
perilaku kerja</source>
        <translation>Rating
perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{persen} · ≈{n}</source>
        <translation>{persen} · ≈{n}</translation>
    </message>
    <message>
        <source>{persen} · {n}</source>
        <translation>{persen} · {n}</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Porsi ideal · perkiraan jumlah pegawai</source>
        <translation>Ideal share · expected number of pegawai</translation>
    </message>
    <message>
        <source>Aktual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Porsi pegawai yang sudah dinilai · jumlah pegawai</source>
        <translation>Share of the rated pegawai · number of pegawai</translation>
    </message>
    <message>
        <source>Pegawai dinilai: {x} / {n}, Sangat Baik: {sb}, Baik: {b}, Butuh Perbaikan: {bp}, Kurang: {k}, Sangat Kurang: {sk}</source>
        <translation>Pegawai rated: {x} / {n}, Sangat Baik: {sb}, Baik: {b}, Butuh Perbaikan: {bp}, Kurang: {k}, Sangat Kurang: {sk}</translation>
    </message>
    <message>
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Belum Final</source>
        <translation>Not final</translation>
    </message>
    <message>
        <source>Unit kerja induk</source>
        <translation>Unit kerja induk</translation>
    </message>
    <message>
        <source>Capaian organisasi</source>
        <translation>Capaian organisasi</translation>
    </message>
    <message>
        <source>Dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Dijelaskan</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>{tanggal} pukul {jam}</source>
        <translation>{tanggal} at {jam}</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Penilai kinerja</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Atasan penilai kinerja</source>
        <translation>Atasan pejabat penilai</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tanggal pengajuan</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Hasil akhir</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Sebelum keberatan</source>
        <translation>Before the keberatan</translation>
    </message>
    <message>
        <source>Permintaan pegawai</source>
        <translation>Asked for by the pegawai</translation>
    </message>
    <message>
        <source>Sesudah keberatan</source>
        <translation>After the keberatan</translation>
    </message>
</context>
<context>
    <name>AjukanKeberatanDialog</name>
    <message>
        <source>Ajukan Keberatan</source>
        <translation>File a Keberatan</translation>
    </message>
    <message>
        <source>Predikat yang diajukan keberatan</source>
        <translation>Predikat objected to</translation>
    </message>
    <message>
        <source>Keberatan atas predikat ini sudah diajukan.</source>
        <translation>A keberatan against this predikat has already been filed.</translation>
    </message>
    <message>
        <source>Alasan keberatan</source>
        <translation>Reason for the keberatan</translation>
    </message>
    <message>
        <source>Rating hasil kerja yang diminta</source>
        <translation>Rating hasil kerja asked for</translation>
    </message>
    <message>
        <source>Rating perilaku kerja yang diminta</source>
        <translation>Rating perilaku kerja asked for</translation>
    </message>
    <message>
        <source>&amp;Predikat:</source>
        <translation>&amp;Predikat:</translation>
    </message>
    <message>
        <source>&amp;Alasan keberatan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja yang diminta:</source>
        <translation>Rating &amp;hasil kerja asked for:</translation>
    </message>
    <message>
        <source>Rating p&amp;erilaku kerja yang diminta:</source>
        <translation>Rating p&amp;erilaku kerja asked for:</translation>
    </message>
    <message>
        <source>Predikat yang diminta:</source>
        <translation>Predikat asked for:</translation>
    </message>
    <message>
        <source>Belum ada predikat yang dapat diajukan keberatan.</source>
        <translation>No predikat to object to yet.</translation>
    </message>
    <message>
        <source>Saat ini: hasil kerja {hasil}, perilaku kerja {perilaku} → {predikat}. Ditetapkan {tanggal}; batas pengajuan {batas}.</source>
        <translation>Now: hasil kerja {hasil}, perilaku kerja {perilaku} → {predikat}. Set on {tanggal}; file by {batas}.</translation>
    </message>
    <message>
        <source>Batas {hari} hari sudah lewat: keberatan akan tercatat Terlambat dan tidak dapat disetujui.</source>
        <translation>The {hari}-day limit has passed: the keberatan will be recorded as Late and cannot be granted.</translation>
    </message>
    <message>
        <source>Pilih predikat yang diajukan keberatan.</source>
        <translation>Choose the predikat you object to.</translation>
    </message>
</context>
<context>
    <name>CapaianDialog</name>
    <message>
        <source>Tambah Capaian Organisasi</source>
        <translation>Add Capaian Organisasi</translation>
    </message>
    <message>
        <source>Edit Capaian Organisasi</source>
        <translation>Edit Capaian Organisasi</translation>
    </message>
    <message>
        <source>Capaian organisasi</source>
        <translation>Capaian organisasi</translation>
    </message>
    <message>
        <source>Tautan bukti dukung</source>
        <translation>Bukti dukung link</translation>
    </message>
    <message>
        <source>Unit kerja induk:</source>
        <translation>Unit kerja induk:</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Capaian organisasi:</source>
        <translation>&amp;Capaian organisasi:</translation>
    </message>
    <message>
        <source>&amp;Bukti dukung (tautan):</source>
        <translation>&amp;Bukti dukung (link):</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Capaian ini sudah final: hanya tautan bukti dukung yang dapat diubah. Batalkan final untuk mengubah capaiannya.</source>
        <translation>This capaian is final: only the bukti dukung link can be changed. Cancel the finalisation to change the capaian.</translation>
    </message>
</context>
<context>
    <name>CapaianPage</name>
    <message>
        <source>Capaian organisasi per unit kerja induk</source>
        <translation>Capaian organisasi per unit kerja induk</translation>
    </message>
    <message>
        <source>Statistik unit terpilih</source>
        <translation>Statistics of the selected unit</translation>
    </message>
    <message>
        <source>&amp;Tetapkan…</source>
        <translation>&amp;Set…</translation>
    </message>
    <message>
        <source>&amp;Final</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>&amp;Batal Final</source>
        <translation>&amp;Cancel Final</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>B&amp;uka bukti dukung</source>
        <translation>&amp;Open bukti dukung</translation>
    </message>
    <message>
        <source>Capaian Organisasi</source>
        <translation>Capaian Organisasi</translation>
    </message>
    <message>
        <source>Tetapkan capaian kinerja organisasi tiap unit kerja induk, lalu finalkan setelah semua pegawai dinilai agar grafik pola distribusi sama di setiap cetakan.</source>
        <translation>Set the capaian kinerja organisasi of each unit kerja induk, then finalise it once every pegawai is rated, so the distribution chart is the same on every print.</translation>
    </message>
    <message>
        <source>Capaian organisasi ditetapkan oleh admin instansi.</source>
        <translation>The capaian organisasi is set by the instansi admin.</translation>
    </message>
    <message>
        <source>Capaian organisasi {unit} disimpan.</source>
        <translation>Capaian organisasi of {unit} saved.</translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin melakukan finalisasi Capaian Organisasi ini?

Pastikan semua pegawai yang ada di Unit Kerja Induk ini sudah dinilai, sehingga Grafik Pola Distribusi menjadi konsisten di setiap cetakan Form Evaluasi Kinerja.</source>
        <translation>Do you really want to finalise this Capaian Organisasi?

Make sure every pegawai of this Unit Kerja Induk has been rated, so the distribution chart is the same on every printed Form Evaluasi Kinerja.</translation>
    </message>
    <message>
        <source>Saat ini {x} dari {n} pegawai belum dinilai.</source>
        <translation>{x} of {n} pegawai are not rated yet.</translation>
    </message>
    <message>
        <source>Finalisasi Capaian Organisasi</source>
        <translation>Finalise Capaian Organisasi</translation>
    </message>
    <message>
        <source>Difinalkan.</source>
        <translation>Finalised.</translation>
    </message>
    <message>
        <source>Finalisasi dibatalkan.</source>
        <translation>Finalisation cancelled.</translation>
    </message>
    <message>
        <source>Hapus Capaian Organisasi</source>
        <translation>Delete Capaian Organisasi</translation>
    </message>
    <message>
        <source>Hapus capaian organisasi {unit} untuk periode ini?</source>
        <translation>Delete the capaian organisasi of {unit} for this period?</translation>
    </message>
    <message>
        <source>Dihapus.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KeberatanDetail</name>
    <message>
        <source>Status keberatan:</source>
        <translation>Keberatan status:</translation>
    </message>
    <message>
        <source>Waktu pengajuan:</source>
        <translation>Filed:</translation>
    </message>
    <message>
        <source>Waktu penjelasan:</source>
        <translation>Explained:</translation>
    </message>
    <message>
        <source>Pertama kali dibuka atasan:</source>
        <translation>First opened by the atasan:</translation>
    </message>
    <message>
        <source>Waktu diputuskan:</source>
        <translation>Decided:</translation>
    </message>
    <message>
        <source>Pegawai yang mengajukan:</source>
        <translation>Filed by:</translation>
    </message>
    <message>
        <source>Pejabat penilai kinerja:</source>
        <translation>Pejabat penilai kinerja:</translation>
    </message>
    <message>
        <source>Atasan pejabat penilai:</source>
        <translation>Atasan pejabat penilai:</translation>
    </message>
    <message>
        <source>Nilai sebelum, diminta dan sesudah keberatan</source>
        <translation>Ratings before, asked for and after the keberatan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alasan mengajukan keberatan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reason for the keberatan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Penjelasan pejabat penilai kinerja&lt;/b&gt;</source>
        <translation>&lt;b&gt;Explanation of the pejabat penilai kinerja&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keputusan dan rekomendasi atasan pejabat penilai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decision and recommendation of the atasan pejabat penilai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pilih keberatan pada daftar.</source>
        <translation>Choose a keberatan in the list.</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>(belum diputuskan)</source>
        <translation>(not decided yet)</translation>
    </message>
</context>
<context>
    <name>KeberatanDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KeberatanPage</name>
    <message>
        <source>Pegawai mengajukan keberatan atas predikat paling lambat 14 hari setelah predikat ditetapkan; pejabat penilai memberi penjelasan; atasan pejabat penilai memutuskan. Keputusan bersifat final.</source>
        <translation>A pegawai files a keberatan against a predikat at most 14 days after it was set; the pejabat penilai explains; the atasan pejabat penilai decides. The decision is final.</translation>
    </message>
    <message>
        <source>Saring menurut status keberatan</source>
        <translation>Filter by keberatan status</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Nama pegawai, penilai, periode…</source>
        <translation>Pegawai, pejabat penilai, period…</translation>
    </message>
    <message>
        <source>Cari keberatan</source>
        <translation>Search keberatan</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>Daftar keberatan</source>
        <translation>Keberatan list</translation>
    </message>
    <message>
        <source>&amp;Ajukan Keberatan…</source>
        <translation>&amp;File a Keberatan…</translation>
    </message>
    <message>
        <source>Tulis &amp;Penjelasan…</source>
        <translation>Write an &amp;Explanation…</translation>
    </message>
    <message>
        <source>P&amp;utuskan…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>{shown} dari {total} keberatan</source>
        <translation>{shown} of {total} keberatan</translation>
    </message>
    <message>
        <source>{total} keberatan</source>
        <translation>{total} keberatan</translation>
    </message>
    <message>
        <source>Keberatan diajukan.</source>
        <translation>Keberatan filed.</translation>
    </message>
    <message>
        <source>Penjelasan disimpan.</source>
        <translation>Explanation saved.</translation>
    </message>
    <message>
        <source>Keberatan diputuskan: {status}.</source>
        <translation>Keberatan decided: {status}.</translation>
    </message>
</context>
<context>
    <name>KeputusanDialog</name>
    <message>
        <source>Keputusan Atasan Pejabat Penilai Kinerja</source>
        <translation>Decision of the Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>Rating hasil kerja baru</source>
        <translation>New rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja baru</source>
        <translation>New rating perilaku kerja</translation>
    </message>
    <message>
        <source>Keputusan dan rekomendasi</source>
        <translation>Decision and recommendation</translation>
    </message>
    <message>
        <source>Sebelum: {sebelum} · Diminta: {diminta}</source>
        <translation>Before: {sebelum} · Asked for: {diminta}</translation>
    </message>
    <message>
        <source>Pegawai:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>Keputusan:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja baru:</source>
        <translation>New rating &amp;hasil kerja:</translation>
    </message>
    <message>
        <source>Rating p&amp;erilaku kerja baru:</source>
        <translation>New rating p&amp;erilaku kerja:</translation>
    </message>
    <message>
        <source>Predikat baru:</source>
        <translation>New predikat:</translation>
    </message>
    <message>
        <source>&amp;Keputusan dan rekomendasi:</source>
        <translation>Decision and &amp;recommendation:</translation>
    </message>
    <message>
        <source>Keberatan ini diajukan lebih dari {hari} hari setelah predikat ditetapkan (Terlambat), sehingga hanya dapat ditolak.</source>
        <translation>This keberatan was filed more than {hari} days after the predikat was set (Late), so it can only be refused.</translation>
    </message>
    <message>
        <source>tetap seperti sebelum keberatan</source>
        <translation>stays as before the keberatan</translation>
    </message>
</context>
<context>
    <name>KurvaChartView</name>
    <message>
        <source>Kurva distribusi predikat kinerja</source>
        <translation>Distribution curve of predikat kinerja</translation>
    </message>
    <message>
        <source>Predikat kinerja</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <source>Persentase pegawai (%)</source>
        <translation>Share of pegawai (%)</translation>
    </message>
    <message>
        <source>Pilih cakupan dan periode</source>
        <translation>Choose a scope and a period</translation>
    </message>
    <message>
        <source>&lt;div align=&quot;center&quot;&gt;&lt;b&gt;Pola distribusi predikat kinerja · {periode}&lt;/b&gt;&lt;br&gt;{cakupan}&lt;/div&gt;</source>
        <translation>&lt;div align=&quot;center&quot;&gt;&lt;b&gt;Distribution of predikat kinerja · {periode}&lt;/b&gt;&lt;br&gt;{cakupan}&lt;/div&gt;</translation>
    </message>
    <message>
        <source>Ideal (capaian organisasi belum ditetapkan)</source>
        <translation>Ideal (capaian organisasi not set)</translation>
    </message>
    <message>
        <source>Ideal · capaian organisasi {capaian}</source>
        <translation>Ideal · capaian organisasi {capaian}</translation>
    </message>
    <message>
        <source>Aktual · {dinilai} dari {n} pegawai dinilai</source>
        <translation>Actual · {dinilai} of {n} pegawai rated</translation>
    </message>
    <message>
        <source>{persen} ({n} org)</source>
        <translation>{persen} ({n} ppl)</translation>
    </message>
</context>
<context>
    <name>KurvaPage</name>
    <message>
        <source>Jumlah pegawai per predikat</source>
        <translation>Pegawai per predikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panduan pola distribusi&lt;/b&gt; (SE MenPANRB 3/2023)</source>
        <translation>&lt;b&gt;Distribution guidance&lt;/b&gt; (SE MenPANRB 3/2023)</translation>
    </message>
    <message>
        <source>Peringatan pola distribusi</source>
        <translation>Distribution warnings</translation>
    </message>
    <message>
        <source>&amp;Simpan gambar (PNG)…</source>
        <translation>&amp;Save image (PNG)…</translation>
    </message>
    <message>
        <source>Kurva</source>
        <translation>Kurva</translation>
    </message>
    <message>
        <source>Kurva tersedia bagi pejabat penilai kinerja, pimpinan unit kerja dan admin instansi.</source>
        <translation>The kurva is for pejabat penilai kinerja, unit heads and the instansi admin.</translation>
    </message>
    <message>
        <source>{cakupan} · {n} pegawai</source>
        <translation>{cakupan} · {n} pegawai</translation>
    </message>
    <message>
        <source>Capaian organisasi {unit} untuk periode ini &lt;b&gt;belum ditetapkan&lt;/b&gt;, sehingga kurva ideal (merah) belum dapat digambar. Admin instansi menetapkannya di halaman Capaian Organisasi.</source>
        <translation>The capaian organisasi of {unit} for this period is &lt;b&gt;not set yet&lt;/b&gt;, so the ideal (red) curve cannot be drawn. The instansi admin sets it on the Capaian Organisasi page.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>belum final</source>
        <translation>not final</translation>
    </message>
    <message>
        <source>Capaian organisasi {unit}: &lt;b&gt;{capaian}&lt;/b&gt; ({status})</source>
        <translation>Capaian organisasi of {unit}: &lt;b&gt;{capaian}&lt;/b&gt; ({status})</translation>
    </message>
    <message>
        <source>{x} dari {n} pegawai belum dinilai: kurva hijau belum menggambarkan seluruh pegawai.</source>
        <translation>{x} of {n} pegawai are not rated yet: the green curve does not show everyone yet.</translation>
    </message>
    <message>
        <source>Panduan diperiksa setelah capaian organisasi ditetapkan.</source>
        <translation>The guidance is checked once the capaian organisasi is set.</translation>
    </message>
    <message>
        <source>Belum ada pegawai yang dinilai.</source>
        <translation>No pegawai rated yet.</translation>
    </message>
    <message>
        <source>Distribusi sesuai panduan.</source>
        <translation>The distribution follows the guidance.</translation>
    </message>
    <message>
        <source>Panduan ini hanya peringatan; penilaian tetap dapat disimpan.</source>
        <translation>This guidance only warns; ratings can always be saved.</translation>
    </message>
    <message>
        <source>Simpan kurva sebagai gambar</source>
        <translation>Save the kurva as an image</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Gambar tidak dapat disimpan ke {path}.</source>
        <translation>The image could not be saved to {path}.</translation>
    </message>
    <message>
        <source>Kurva disimpan ke {path}.</source>
        <translation>Kurva saved to {path}.</translation>
    </message>
</context>
<context>
    <name>PemilihCakupanPeriode</name>
    <message>
        <source>Cakupan pegawai</source>
        <translation>Which pegawai</translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <source>C&amp;akupan:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>PenjelasanDialog</name>
    <message>
        <source>Penjelasan Pejabat Penilai Kinerja</source>
        <translation>Explanation of the Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Penjelasan</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Pegawai:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>Alasan keberatan:</source>
        <translation>Reason for the keberatan:</translation>
    </message>
    <message>
        <source>&amp;Penjelasan:</source>
        <translation>&amp;Explanation:</translation>
    </message>
</context>
<context>
    <name>PesanLabel</name>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Rekap</name>
    <message>
        <source>Unit kerja: {nama}</source>
        <translation>Unit: {nama}</translation>
    </message>
    <message>
        <source>Bawahan langsung saya</source>
        <translation>My direct subordinates</translation>
    </message>
    <message>
        <source>Bawahan langsung {nama}</source>
        <translation>Direct subordinates of {nama}</translation>
    </message>
    <message>
        <source>Sudah dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>SKP belum disetujui</source>
        <translation>SKP not approved</translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation>No SKP</translation>
    </message>
</context>
<context>
    <name>RekapPage</name>
    <message>
        <source>Nama, NIP, jabatan… (Ctrl+F)</source>
        <translation>Name, NIP, jabatan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari pegawai</source>
        <translation>Search pegawai</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>Saring menurut predikat</source>
        <translation>Filter by predikat</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Belum ada predikat</source>
        <translation>No predikat yet</translation>
    </message>
    <message>
        <source>P&amp;redikat:</source>
        <translation>P&amp;redikat:</translation>
    </message>
    <message>
        <source>Jumlah pegawai dinilai</source>
        <translation>Number of pegawai rated</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Simpan baris yang tampil (dengan urutan dan saringan ini) sebagai .xlsx</source>
        <translation>Save the rows shown (in this order, with these filters) as .xlsx</translation>
    </message>
    <message>
        <source>Rekap penilaian bawahan</source>
        <translation>Rekap penilaian bawahan</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Rekap Penilaian</source>
        <translation>Rekap Penilaian</translation>
    </message>
    <message>
        <source>{dinilai} dari {n} pegawai sudah dinilai</source>
        <translation>{dinilai} of {n} pegawai rated</translation>
    </message>
    <message>
        <source>{shown} ditampilkan</source>
        <translation>{shown} shown</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang cocok dengan saringan ini.</source>
        <translation>No pegawai match these filters.</translation>
    </message>
    <message>
        <source>Rekap penilaian tersedia bagi pejabat penilai kinerja, pimpinan unit kerja dan admin instansi.</source>
        <translation>The rekap is for pejabat penilai kinerja, unit heads and the instansi admin.</translation>
    </message>
    <message>
        <source>Belum ada pegawai pada cakupan dan periode ini.</source>
        <translation>No pegawai in this scope and period.</translation>
    </message>
    <message>
        <source>Ekspor rekap ke Excel</source>
        <translation>Export the rekap to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tanggal dinilai</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <source>Rekap tidak dapat disimpan ke {path}: {error}</source>
        <translation>The rekap could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>Rekap disimpan ke {path}.</source>
        <translation>Rekap saved to {path}.</translation>
    </message>
    <message>
        <source>Rekap Penilaian Bawahan</source>
        <translation>Rekap Penilaian Bawahan</translation>
    </message>
    <message>
        <source>Disaring: {shown} dari {n} pegawai</source>
        <translation>Filtered: {shown} of {n} pegawai</translation>
    </message>
</context>
</TS>
