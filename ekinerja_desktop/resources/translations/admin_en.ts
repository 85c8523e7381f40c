<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminPage</name>
    <message>
        <source>Data induk instansi</source>
        <translation>Instansi master data</translation>
    </message>
    <message>
        <source>&amp;1 Masalah Data Induk</source>
        <translation>&amp;1 Master Data Problems</translation>
    </message>
    <message>
        <source>&amp;2 Unit Organisasi</source>
        <translation>&amp;2 Unit Organisasi</translation>
    </message>
    <message>
        <source>&amp;3 Pegawai</source>
        <translation>&amp;3 Pegawai</translation>
    </message>
    <message>
        <source>&amp;4 PLT/PLH</source>
        <translation>&amp;4 PLT/PLH</translation>
    </message>
    <message>
        <source>&amp;5 Periode</source>
        <translation>&amp;5 Periods</translation>
    </message>
    <message>
        <source>&amp;6 Kurva Ideal</source>
        <translation>&amp;6 Ideal Curve</translation>
    </message>
    <message>
        <source>Admin Instansi</source>
        <translation>Instansi Admin</translation>
    </message>
    <message>
        <source>Data induk berlaku untuk seluruh instansi. Setiap perubahan disimpan di komputer ini lalu dikirim ke server saat sinkronisasi.</source>
        <translation>Master data apply to the whole instansi. Every change is saved on this computer, then sent to the server when syncing.</translation>
    </message>
    <message>
        <source>Halaman ini hanya untuk admin instansi.</source>
        <translation>This page is for the instansi admin only.</translation>
    </message>
    <message>
        <source>&amp;1 Masalah Data Induk ({n})</source>
        <translation>&amp;1 Master Data Problems ({n})</translation>
    </message>
</context>
<context>
    <name>AkhiriPltDialog</name>
    <message>
        <source>Akhiri Penugasan PLT/PLH</source>
        <translation>End PLT/PLH Assignment</translation>
    </message>
    <message>
        <source>{jenis} {nama} ({nip}) sebagai {jabatan}, {awal} s.d. {akhir}.</source>
        <translation>{jenis} {nama} ({nip}) as {jabatan}, {awal} to {akhir}.</translation>
    </message>
    <message>
        <source>Tanggal berakhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Berakhir pada:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Akhiri</source>
        <translation>&amp;End</translation>
    </message>
</context>
<context>
    <name>BuatTahunDialog</name>
    <message>
        <source>Buat Periode Tahun {tahun}</source>
        <extracomment>A reopening is offered for a week by default: long enough to catch up, short enough to end.</extracomment>
        <translation>Create the Periods of {tahun}</translation>
    </message>
    <message>
        <source>Pola periode</source>
        <translation>Period pattern</translation>
    </message>
    <message>
        <source>Triwulanan — 4 triwulan + Final (5 periode)</source>
        <translation>Quarterly — 4 quarters + Final (5 periods)</translation>
    </message>
    <message>
        <source>Bulanan — 12 bulan + Final (13 periode)</source>
        <translation>Monthly — 12 months + Final (13 periods)</translation>
    </message>
    <message>
        <source>&amp;Pola:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>&amp;Buat</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>{nama}: {awal} – {akhir}, batas pengisian {batas}</source>
        <translation>{nama}: {awal} – {akhir}, batas pengisian {batas}</translation>
    </message>
</context>
<context>
    <name>BukaUlangDialog</name>
    <message>
        <source>Buka Ulang {nama} {tahun}</source>
        <translation>Reopen {nama} {tahun}</translation>
    </message>
    <message>
        <source>Batas pengisian periode ini {batas}. Selama dibuka ulang, pegawai unit yang dipilih dan unit di bawahnya dapat kembali mengisi rencana aksi, bukti dukung, realisasi dan feedback.</source>
        <translation>The batas pengisian of this period is {batas}. While reopened, the pegawai of the chosen unit and the units below it can again fill in rencana aksi, bukti dukung, realisasi and feedback.</translation>
    </message>
    <message>
        <source>Unit yang dibuka ulang</source>
        <translation>Unit the period is reopened for</translation>
    </message>
    <message>
        <source>Dibuka sampai</source>
        <translation>Open until</translation>
    </message>
    <message>
        <source>&amp;Unit organisasi:</source>
        <translation>&amp;Unit organisasi:</translation>
    </message>
    <message>
        <source>Dibuka &amp;sampai:</source>
        <translation>Open &amp;until:</translation>
    </message>
    <message>
        <source>Alasan pembukaan ulang</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>mis. gangguan jaringan saat batas pengisian</source>
        <translation>e.g. network outage at the batas pengisian</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <source>&amp;Buka ulang</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Unit organisasi belum dipilih.</source>
        <translation>No unit organisasi chosen yet.</translation>
    </message>
    <message>
        <source>Alasan pembukaan ulang wajib diisi.</source>
        <translation>The reason for reopening is required.</translation>
    </message>
</context>
<context>
    <name>DialogIsian</name>
    <message>
        <source>&amp;Simpan</source>
        <extracomment>Simpan was pressed once: from then on every error shows, not only those of the field being edited (a half-filled form is not scolded for what comes next).</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DibukaUlangModel</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Unit organisasi</translation>
    </message>
    <message>
        <source>Dibuka sampai</source>
        <translation>Open until</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>KurvaDialog</name>
    <message>
        <source>Kurva Ideal — Capaian {capaian}</source>
        <translation>Ideal Curve — Capaian {capaian}</translation>
    </message>
    <message>
        <source>Porsi {predikat}</source>
        <translation>Share {predikat}</translation>
    </message>
    <message>
        <source>Jumlah:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Tetap dapat disimpan (kurva hanya panduan), tetapi:</source>
        <translation>Can still be saved (the curve is guidance only), but:</translation>
    </message>
</context>
<context>
    <name>KurvaIdealModel</name>
    <message>
        <source>Capaian organisasi</source>
        <translation>Capaian organisasi</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Bawaan aplikasi</source>
        <translation>App default</translation>
    </message>
</context>
<context>
    <name>KurvaTab</name>
    <message>
        <source>Kurva ideal (garis merah pada halaman Kurva) untuk tiap capaian kinerja organisasi. Nilai bawaan aplikasi adalah pilihan proyek yang memenuhi SE MenPANRB 3/2023; instansi dapat menetapkan nilainya sendiri. Kurva adalah panduan, bukan distribusi paksa.</source>
        <translation>The ideal curve (the red line on the Kurva page) for each capaian kinerja organisasi. The app&apos;s default values are a project choice that meets SE MenPANRB 3/2023; the instansi may set its own. The curve is guidance, not a forced distribution.</translation>
    </message>
    <message>
        <source>Kurva ideal per capaian organisasi</source>
        <translation>Ideal curve per capaian organisasi</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah kurva ideal capaian terpilih (F2)</source>
        <translation>Edit the ideal curve of the selected capaian (F2)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan ke bawaan</source>
        <translation>&amp;Restore the default</translation>
    </message>
    <message>
        <source>Kurva ideal {capaian} disimpan.</source>
        <translation>Ideal curve {capaian} saved.</translation>
    </message>
    <message>
        <source>Catatan: {n} batasan SE 3/2023 tidak terpenuhi.</source>
        <translation>Note: {n} SE 3/2023 constraint(s) not met.</translation>
    </message>
    <message>
        <source>Kembalikan Kurva Bawaan</source>
        <translation>Restore the Default Curve</translation>
    </message>
    <message>
        <source>Hapus kurva ideal instansi untuk capaian {capaian} dan kembali memakai nilai bawaan aplikasi?</source>
        <translation>Delete the instansi&apos;s ideal curve for capaian {capaian} and use the app&apos;s default values again?</translation>
    </message>
    <message>
        <source>&amp;Kembalikan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Kurva ideal {capaian} kembali ke bawaan.</source>
        <translation>Ideal curve {capaian} restored to the default.</translation>
    </message>
</context>
<context>
    <name>MasalahModel</name>
    <message>
        <source>Tanpa atasan langsung</source>
        <translation>No direct superior</translation>
    </message>
    <message>
        <source>Atasan nonaktif</source>
        <translation>Superior deactivated</translation>
    </message>
    <message>
        <source>SKP tanpa pejabat penilai</source>
        <translation>SKP without pejabat penilai</translation>
    </message>
    <message>
        <source>Unit nonaktif</source>
        <translation>Unit deactivated</translation>
    </message>
    <message>
        <source>Unor atasan nonaktif</source>
        <translation>Parent unit deactivated</translation>
    </message>
    <message>
        <source>PLT/PLH tidak berlaku</source>
        <translation>PLT/PLH no longer valid</translation>
    </message>
    <message>
        <source>JF belum lengkap</source>
        <translation>JF incomplete</translation>
    </message>
    <message>
        <source>NIP/golongan tidak sesuai</source>
        <translation>NIP/golongan mismatch</translation>
    </message>
    <message>
        <source>Jenis masalah</source>
        <translation>Kind of problem</translation>
    </message>
    <message>
        <source>Berdampak pada</source>
        <translation>Affects</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Yang salah</source>
        <translation>What is wrong</translation>
    </message>
</context>
<context>
    <name>MasalahTab</name>
    <message>
        <source>Jenis masalah</source>
        <extracomment>How many problems the instansi has (the page puts it in the tab&apos;s title).</extracomment>
        <translation>Kind of problem</translation>
    </message>
    <message>
        <source>Cari nama, NIP, unit atau masalah…</source>
        <translation>Search name, NIP, unit or problem…</translation>
    </message>
    <message>
        <source>Daftar masalah data induk</source>
        <translation>Master data problems</translation>
    </message>
    <message>
        <source>Rincian masalah terpilih</source>
        <translation>Details of the selected problem</translation>
    </message>
    <message>
        <source>&amp;Perbaiki…</source>
        <translation>&amp;Fix…</translation>
    </message>
    <message>
        <source>Buka data yang perlu diperbaiki (Enter)</source>
        <translation>Open the record to fix (Enter)</translation>
    </message>
    <message>
        <source>Semua jenis ({n})</source>
        <translation>All kinds ({n})</translation>
    </message>
    <message>
        <source>{n} masalah</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>{x} dari {n} masalah</source>
        <translation>{x} of {n} problems</translation>
    </message>
    <message>
        <source>Yang salah:</source>
        <translation>What is wrong:</translation>
    </message>
    <message>
        <source>Akibatnya:</source>
        <translation>Consequence:</translation>
    </message>
    <message>
        <source>Perbaikan:</source>
        <translation>Fix:</translation>
    </message>
    <message>
        <source>Tidak ada masalah data induk: setiap pegawai aktif memiliki atasan langsung dan unit yang aktif, data JF lengkap, golongan sesuai NIP, dan setiap SKP yang belum disetujui memiliki pejabat penilai.</source>
        <translation>No master data problems: every active pegawai has an active direct superior and unit, JF data are complete, golongan match the NIP, and every SKP not yet approved has a pejabat penilai.</translation>
    </message>
    <message>
        <source>Pilih satu masalah untuk melihat rinciannya.</source>
        <translation>Select a problem to see its details.</translation>
    </message>
    <message>
        <source>Data {nama} tidak ditemukan lagi; daftar dimuat ulang.</source>
        <translation>The record of {nama} is no longer there; the list was reloaded.</translation>
    </message>
    <message>
        <source>Pegawai {nama} disimpan.</source>
        <translation>Pegawai {nama} saved.</translation>
    </message>
    <message>
        <source>Unit {nama} disimpan.</source>
        <translation>Unit {nama} saved.</translation>
    </message>
    <message>
        <source>Penugasan {jabatan} diakhiri.</source>
        <translation>Assignment {jabatan} ended.</translation>
    </message>
    <message>
        <source>Hapus PLT/PLH</source>
        <translation>Delete PLT/PLH</translation>
    </message>
    <message>
        <source>Penugasan {jenis} {nama} sebagai {jabatan} belum mulai, dan pegawai atau unitnya sudah dinonaktifkan. Hapus penugasan ini?</source>
        <translation>The {jenis} assignment of {nama} as {jabatan} has not started, and its pegawai or unit has been deactivated. Delete this assignment?</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Penugasan {jabatan} dihapus.</source>
        <translation>Assignment {jabatan} deleted.</translation>
    </message>
</context>
<context>
    <name>PegawaiDialog</name>
    <message>
        <source>Tambah Pegawai</source>
        <translation>Add Pegawai</translation>
    </message>
    <message>
        <source>Ubah Pegawai</source>
        <translation>Edit Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digit, mis. 19660801 198803 1 001</source>
        <translation>18 digits, e.g. 19660801 198803 1 001</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit organisasi</source>
        <translation>Unit organisasi</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jenis jabatan</source>
        <translation>Kind of jabatan</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Pimpinan (memimpin unit, pejabat penilai)</source>
        <translation>Pimpinan (heads a unit, pejabat penilai)</translation>
    </message>
    <message>
        <source>Kelompok jabatan</source>
        <translation>Jabatan group</translation>
    </message>
    <message>
        <source>JA (jabatan administrasi)</source>
        <translation>JA (administrative jabatan)</translation>
    </message>
    <message>
        <source>JF (jabatan fungsional)</source>
        <translation>JF (functional jabatan)</translation>
    </message>
    <message>
        <source>JPT (jabatan pimpinan tinggi)</source>
        <translation>JPT (senior executive jabatan)</translation>
    </message>
    <message>
        <source>Jenjang jabatan fungsional</source>
        <translation>Jenjang of the functional jabatan</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Pangkat / golongan ruang</source>
        <translation>Pangkat / golongan ruang</translation>
    </message>
    <message>
        <source>{g} (PPPK)</source>
        <translation>{g} (PPPK)</translation>
    </message>
    <message>
        <source>&amp;Tanpa atasan</source>
        <translation>&amp;No atasan</translation>
    </message>
    <message>
        <source>Atasan langsung</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Unit organisasi:</source>
        <translation>&amp;Unit organisasi:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Jeni&amp;s jabatan:</source>
        <translation>Kind of &amp;jabatan:</translation>
    </message>
    <message>
        <source>&amp;Kelompok jabatan:</source>
        <translation>Jabatan &amp;group:</translation>
    </message>
    <message>
        <source>Jenjan&amp;g (JF):</source>
        <translation>Jenjan&amp;g (JF):</translation>
    </message>
    <message>
        <source>T&amp;MT jabatan (JF):</source>
        <translation>T&amp;MT jabatan (JF):</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Atasan &amp;langsung:</source>
        <translation>Atasan &amp;langsung:</translation>
    </message>
</context>
<context>
    <name>PegawaiModel</name>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Pimpinan ★</source>
        <translation>Pimpinan ★</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
</context>
<context>
    <name>PegawaiTab</name>
    <message>
        <source>Cari NIP, nama, jabatan, unit atau atasan…</source>
        <translation>Search NIP, name, jabatan, unit or atasan…</translation>
    </message>
    <message>
        <source>Daftar pegawai</source>
        <translation>List of pegawai</translation>
    </message>
    <message>
        <source>&amp;Tambah pegawai…</source>
        <translation>&amp;Add pegawai…</translation>
    </message>
    <message>
        <source>Tambah pegawai (Ctrl+N)</source>
        <translation>Add a pegawai (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah data pegawai (F2)</source>
        <translation>Edit the pegawai&apos;s data (F2)</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Nonaktifkan pegawai (Delete)</source>
        <translation>Deactivate the pegawai (Delete)</translation>
    </message>
    <message>
        <source>{n} pegawai</source>
        <translation>{n} pegawai</translation>
    </message>
    <message>
        <source>{x} dari {n} pegawai</source>
        <translation>{x} of {n} pegawai</translation>
    </message>
    <message>
        <source>Pegawai {nama} disimpan.</source>
        <translation>Pegawai {nama} saved.</translation>
    </message>
    <message>
        <source>Nonaktifkan Pegawai</source>
        <translation>Deactivate Pegawai</translation>
    </message>
    <message>
        <source>Nonaktifkan {nama} ({nip})? Pegawai tidak lagi muncul di daftar dan pilihan; SKP dan penilaiannya tetap tersimpan. Menambahkan NIP yang sama kelak mengaktifkannya kembali.</source>
        <translation>Deactivate {nama} ({nip})? The pegawai no longer shows in lists and choices; their SKP and ratings stay stored. Adding the same NIP later brings them back.</translation>
    </message>
    <message>
        <source>Pegawai {nama} dinonaktifkan.</source>
        <translation>Pegawai {nama} deactivated.</translation>
    </message>
</context>
<context>
    <name>PemilihPegawai</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cari nama, NIP, jabatan atau unit…</source>
        <translation>Search name, NIP, jabatan or unit…</translation>
    </message>
    <message>
        <source>Terpilih: (tidak ada)</source>
        <translation>Chosen: (none)</translation>
    </message>
    <message>
        <source>Terpilih: {nama} — {nip}</source>
        <translation>Chosen: {nama} — {nip}</translation>
    </message>
</context>
<context>
    <name>PeriodeAdminModel</name>
    <message>
        <source>Dibuka ulang s.d. {tanggal}</source>
        <translation>Reopened until {tanggal}</translation>
    </message>
    <message>
        <source>Lewat batas</source>
        <translation>Past the batas</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Dapat diisi</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation>Periode awal</translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation>Periode akhir</translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
</context>
<context>
    <name>PeriodeDialog</name>
    <message>
        <source>Tambah Periode {tahun}</source>
        <translation>Add a Period of {tahun}</translation>
    </message>
    <message>
        <source>Ubah Periode {tahun}</source>
        <translation>Edit a Period of {tahun}</translation>
    </message>
    <message>
        <source>Nama periode</source>
        <translation>Period name</translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation>Periode awal</translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation>Periode akhir</translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>Jenis periode</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>- (periodik)</source>
        <translation>- (periodic)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Periode a&amp;wal:</source>
        <translation>Periode a&amp;wal:</translation>
    </message>
    <message>
        <source>Periode a&amp;khir:</source>
        <translation>Periode a&amp;khir:</translation>
    </message>
    <message>
        <source>&amp;Batas pengisian:</source>
        <translation>&amp;Batas pengisian:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Batas pengisian: hari terakhir mengisi rencana aksi, bukti dukung, realisasi dan feedback periode ini.</source>
        <translation>Batas pengisian: the last day to fill in rencana aksi, bukti dukung, realisasi and feedback of this period.</translation>
    </message>
</context>
<context>
    <name>PeriodeTab</name>
    <message>
        <source>Tahun periode</source>
        <translation>Year of the periods</translation>
    </message>
    <message>
        <source>T&amp;ahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Periode penilaian tahun terpilih</source>
        <translation>Evaluation periods of the chosen year</translation>
    </message>
    <message>
        <source>&amp;Buat periode tahun ini…</source>
        <translation>&amp;Create this year&apos;s periods…</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah nama, tanggal dan batas pengisian (F2)</source>
        <translation>Edit the name, dates and batas pengisian (F2)</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus periode yang belum dipakai (Delete)</source>
        <translation>Delete a period not used yet (Delete)</translation>
    </message>
    <message>
        <source>Pembukaan ulang periode terpilih</source>
        <translation>Reopenings of the chosen period</translation>
    </message>
    <message>
        <source>Buka &amp;ulang…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Buka kembali periode yang lewat batas pengisian</source>
        <translation>Reopen a period past its batas pengisian</translation>
    </message>
    <message>
        <source>T&amp;utup pembukaan ulang</source>
        <translation>C&amp;lose the reopening</translation>
    </message>
    <message>
        <source>Pola instansi: {pola}</source>
        <translation>Instansi pattern: {pola}</translation>
    </message>
    <message>
        <source>Pembukaan ulang {nama}:</source>
        <translation>Reopenings of {nama}:</translation>
    </message>
    <message>
        <source>Pembukaan ulang:</source>
        <translation>Reopenings:</translation>
    </message>
    <message>
        <source>Batas pengisian periode ini belum lewat.</source>
        <translation>The batas pengisian of this period has not passed yet.</translation>
    </message>
    <message>
        <source>{n} periode tahun {tahun} dibuat.</source>
        <translation>{n} periods of {tahun} created.</translation>
    </message>
    <message>
        <source>Periode {nama} ditambahkan.</source>
        <translation>Period {nama} added.</translation>
    </message>
    <message>
        <source>Periode {nama} disimpan.</source>
        <translation>Period {nama} saved.</translation>
    </message>
    <message>
        <source>Hapus Periode</source>
        <translation>Delete Period</translation>
    </message>
    <message>
        <source>Yakin akan menghapus {nama} {tahun}?</source>
        <translation>Really delete {nama} {tahun}?</translation>
    </message>
    <message>
        <source>{nama} dihapus.</source>
        <translation>{nama} deleted.</translation>
    </message>
    <message>
        <source>{nama} dibuka ulang sampai {tanggal}.</source>
        <translation>{nama} reopened until {tanggal}.</translation>
    </message>
    <message>
        <source>Tutup Pembukaan Ulang</source>
        <translation>Close the Reopening</translation>
    </message>
    <message>
        <source>Tutup pembukaan ulang {nama} untuk {unit}? Mulai hari ini periode ini tidak dapat diisi lagi oleh unit tersebut.</source>
        <translation>Close the reopening of {nama} for {unit}? From today that unit can no longer fill in this period.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Pembukaan ulang {nama} untuk {unit} ditutup.</source>
        <translation>Reopening of {nama} for {unit} closed.</translation>
    </message>
</context>
<context>
    <name>PindahUnorDialog</name>
    <message>
        <source>Pindahkan {nama}</source>
        <translation>Move {nama}</translation>
    </message>
    <message>
        <source>Unit ini beserta {anak} unit di bawahnya dipindah ke bawah unit yang dipilih.</source>
        <translation>This unit, with the {anak} unit(s) below it, moves under the chosen unit.</translation>
    </message>
    <message>
        <source>(tingkat teratas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Unor atasan baru</source>
        <translation>New unor atasan</translation>
    </message>
    <message>
        <source>Unor &amp;atasan baru:</source>
        <translation>New unor &amp;atasan:</translation>
    </message>
</context>
<context>
    <name>PltDialog</name>
    <message>
        <source>Tambah PLT/PLH</source>
        <translation>Add PLT/PLH</translation>
    </message>
    <message>
        <source>Ubah PLT/PLH</source>
        <translation>Edit PLT/PLH</translation>
    </message>
    <message>
        <source>Pegawai yang menjadi PLT/PLH</source>
        <translation>Pegawai acting as PLT/PLH</translation>
    </message>
    <message>
        <source>Unit organisasi PLT/PLH</source>
        <translation>Unit organisasi of the PLT/PLH</translation>
    </message>
    <message>
        <source>mis. PLT Kepala Bagian Umum</source>
        <translation>e.g. PLT Kepala Bagian Umum</translation>
    </message>
    <message>
        <source>Jabatan PLT/PLH</source>
        <translation>PLT/PLH jabatan</translation>
    </message>
    <message>
        <source>Jenis penugasan</source>
        <translation>Kind of assignment</translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation>Periode awal</translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation>Periode akhir</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Penugasan aktif</source>
        <translation>Active assignment</translation>
    </message>
    <message>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Unit organisasi:</source>
        <translation>&amp;Unit organisasi:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>J&amp;enis:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Periode a&amp;wal:</source>
        <translation>Periode a&amp;wal:</translation>
    </message>
    <message>
        <source>Periode a&amp;khir:</source>
        <translation>Periode a&amp;khir:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>PltModel</name>
    <message>
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PltTab</name>
    <message>
        <source>Cari NIP, nama, unit atau jabatan PLT/PLH…</source>
        <translation>Search NIP, name, unit or PLT/PLH jabatan…</translation>
    </message>
    <message>
        <source>Daftar PLT/PLH</source>
        <translation>List of PLT/PLH</translation>
    </message>
    <message>
        <source>&amp;Tambah PLT/PLH…</source>
        <translation>&amp;Add PLT/PLH…</translation>
    </message>
    <message>
        <source>Tambah penugasan PLT/PLH (Ctrl+N)</source>
        <translation>Add a PLT/PLH assignment (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Akhiri…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <source>Akhiri penugasan pada tanggal tertentu</source>
        <translation>End the assignment on a given day</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus penugasan yang salah dicatat (Delete)</source>
        <translation>Delete an assignment recorded by mistake (Delete)</translation>
    </message>
    <message>
        <source>Penugasan {jabatan} disimpan.</source>
        <translation>Assignment {jabatan} saved.</translation>
    </message>
    <message>
        <source>Penugasan {nama} berakhir {tanggal}.</source>
        <translation>Assignment of {nama} ends {tanggal}.</translation>
    </message>
    <message>
        <source>Hapus PLT/PLH</source>
        <translation>Delete PLT/PLH</translation>
    </message>
    <message>
        <source>Yakin akan menghapus data PLT/PLH {nama} sebagai {jabatan}? Untuk penugasan yang sudah selesai, gunakan “Akhiri” agar riwayatnya tetap tercatat.</source>
        <translation>Really delete the PLT/PLH record of {nama} as {jabatan}? For an assignment that is over, use “End” so its history stays recorded.</translation>
    </message>
    <message>
        <source>Penugasan {jabatan} dihapus.</source>
        <translation>Assignment {jabatan} deleted.</translation>
    </message>
</context>
<context>
    <name>TabAdmin</name>
    <message>
        <source>Batal</source>
        <extracomment>Column widths are fitted to this many rows, not to all 5,000 pegawai of a large instansi. The record to select after the next load (one just added or changed): the page reloads the tab from the change set of the write, as after a sync.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnorDialog</name>
    <message>
        <source>Tambah Unit Organisasi</source>
        <translation>Add Unit Organisasi</translation>
    </message>
    <message>
        <source>Ubah Unit Organisasi</source>
        <translation>Edit Unit Organisasi</translation>
    </message>
    <message>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Jenis unit (eselon)</source>
        <translation>Kind of unit (eselon)</translation>
    </message>
    <message>
        <source>(tingkat teratas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Unor atasan</source>
        <translation>Unor atasan</translation>
    </message>
    <message>
        <source>(tidak ada / unit ini sendiri)</source>
        <translation>(none / this unit itself)</translation>
    </message>
    <message>
        <source>Unor induk</source>
        <translation>Unor induk</translation>
    </message>
    <message>
        <source>Ya — kepala unit membuat SKP model JPT tanpa persetujuan</source>
        <translation>Yes — the unit head makes a JPT-model SKP without approval</translation>
    </message>
    <message>
        <source>Unor mandiri</source>
        <translation>Unor mandiri</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Tempat penandatanganan pada cetakan SKP</source>
        <translation>Signing place on printed SKP</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jenis (eselon):</source>
        <translation>&amp;Kind (eselon):</translation>
    </message>
    <message>
        <source>Unor &amp;atasan:</source>
        <translation>Unor &amp;atasan:</translation>
    </message>
    <message>
        <source>Unor &amp;induk:</source>
        <translation>Unor &amp;induk:</translation>
    </message>
    <message>
        <source>Unor &amp;mandiri:</source>
        <translation>Unor &amp;mandiri:</translation>
    </message>
    <message>
        <source>&amp;Kota:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>Perubahan data unit berlaku untuk seluruh instansi, bukan hanya satu pegawai. SKP yang sudah dibuat tetap memakai data saat SKP dibuat.</source>
        <translation>A change to a unit applies to the whole instansi, not to one pegawai. SKP already made keep the data of when they were made.</translation>
    </message>
</context>
<context>
    <name>UnorModel</name>
    <message>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Jenis / eselon</source>
        <translation>Kind / eselon</translation>
    </message>
    <message>
        <source>Unor induk</source>
        <translation>Unor induk</translation>
    </message>
    <message>
        <source>Mandiri</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>{nama}: {pegawai} pegawai, {anak} unit di bawahnya</source>
        <translation>{nama}: {pegawai} pegawai, {anak} unit(s) below it</translation>
    </message>
</context>
<context>
    <name>UnorTab</name>
    <message>
        <source>Cari nama unit…</source>
        <translation>Search unit name…</translation>
    </message>
    <message>
        <source>Cari unit organisasi</source>
        <translation>Search unit organisasi</translation>
    </message>
    <message>
        <source>Pohon unit organisasi</source>
        <translation>Tree of unit organisasi</translation>
    </message>
    <message>
        <source>&amp;Tambah unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <source>Tambah unit di bawah unit terpilih (Ctrl+N)</source>
        <translation>Add a unit under the selected unit (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah nama dan data unit (F2)</source>
        <translation>Edit the unit&apos;s name and data (F2)</translation>
    </message>
    <message>
        <source>&amp;Pindahkan…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Nonaktifkan unit (Delete)</source>
        <translation>Deactivate the unit (Delete)</translation>
    </message>
    <message>
        <source>Unit {nama} ditambahkan.</source>
        <translation>Unit {nama} added.</translation>
    </message>
    <message>
        <source>Unit {nama} disimpan.</source>
        <translation>Unit {nama} saved.</translation>
    </message>
    <message>
        <source>Unit {nama} dipindahkan.</source>
        <translation>Unit {nama} moved.</translation>
    </message>
    <message>
        <source>Nonaktifkan Unit</source>
        <translation>Deactivate Unit</translation>
    </message>
    <message>
        <source>Nonaktifkan unit “{nama}”? Unit tidak lagi muncul di daftar dan pilihan. Unit yang masih memiliki pegawai atau unit di bawahnya tidak dapat dinonaktifkan.</source>
        <translation>Deactivate unit “{nama}”? The unit no longer shows in lists and choices. A unit that still has pegawai or units below it cannot be deactivated.</translation>
    </message>
    <message>
        <source>Unit {nama} dinonaktifkan.</source>
        <translation>Unit {nama} deactivated.</translation>
    </message>
</context>
</TS>
