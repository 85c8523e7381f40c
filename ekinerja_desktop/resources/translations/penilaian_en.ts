<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>Dibuka ulang s.d. {tanggal}</source>
        <translation>Reopened until {tanggal}</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Ketua Tim</source>
        <translation>Ketua Tim</translation>
    </message>
    <message>
        <source>Rekan Kerja</source>
        <translation>Rekan Kerja</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Tambah Periode Penilaian</source>
        <translation>Add Periode Penilaian</translation>
    </message>
    <message>
        <source>Periode yang dapat ditambahkan</source>
        <translation>Periods that can be added</translation>
    </message>
    <message>
        <source>{nama}: {masa} · batas pengisian {batas}</source>
        <translation>{nama}: {masa} · batas pengisian {batas}</translation>
    </message>
    <message>
        <source> (batas pengisian telah lewat)</source>
        <translation> (batas pengisian has passed)</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Target rencana aksi</source>
        <translation>Target of the rencana aksi</translation>
    </message>
    <message>
        <source>Satuan target rencana aksi</source>
        <translation>Unit (satuan) of the rencana aksi target</translation>
    </message>
    <message>
        <source>Rencana hasil kerja:</source>
        <translation>Rencana hasil kerja:</translation>
    </message>
    <message>
        <source>&amp;Rencana aksi:</source>
        <translation>&amp;Rencana aksi:</translation>
    </message>
    <message>
        <source>Sa&amp;tuan:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>Satuan target rencana aksi tidak harus sama dengan satuan target tahunan.</source>
        <translation>The unit of a rencana aksi target need not match the unit of the annual target.</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Target tahunan:</source>
        <translation>Annual target:</translation>
    </message>
    <message>
        <source>&amp;Realisasi:</source>
        <translation>&amp;Realisasi:</translation>
    </message>
    <message>
        <source>Sumber &amp;data:</source>
        <translation>&amp;Data source:</translation>
    </message>
    <message>
        <source>Tambah Bukti Dukung</source>
        <translation>Add Bukti Dukung</translation>
    </message>
    <message>
        <source>Nama bukti dukung</source>
        <translation>Name of the bukti dukung</translation>
    </message>
    <message>
        <source>T&amp;autan (Google Drive, Dropbox, dll.)</source>
        <translation>&amp;Link (Google Drive, Dropbox, etc.)</translation>
    </message>
    <message>
        <source>Berkas di komputer &amp;ini</source>
        <translation>A file on &amp;this computer</translation>
    </message>
    <message>
        <source>Tautan bukti dukung</source>
        <translation>Link to the bukti dukung</translation>
    </message>
    <message>
        <source>Berkas bukti dukung</source>
        <translation>Bukti dukung file</translation>
    </message>
    <message>
        <source>&amp;Pilih Berkas…</source>
        <translation>&amp;Choose File…</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Tautan:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Berkas paling besar {batas}: {jenis}. Berkas disimpan di komputer ini dan dikirim ke server saat sinkronisasi.</source>
        <translation>Files up to {batas}: {jenis}. The file is kept on this computer and sent to the server when syncing.</translation>
    </message>
    <message>
        <source>Pilih berkas bukti dukung</source>
        <translation>Choose a bukti dukung file</translation>
    </message>
    <message>
        <source>Bukti dukung ({pola})</source>
        <translation>Bukti dukung ({pola})</translation>
    </message>
    <message>
        <source>Tambah Feedback</source>
        <translation>Add Feedback</translation>
    </message>
    <message>
        <source>Isi feedback</source>
        <translation>Feedback text</translation>
    </message>
    <message>
        <source>P&amp;ositif</source>
        <translation>P&amp;ositive</translation>
    </message>
    <message>
        <source>&amp;Negatif</source>
        <translation>&amp;Negative</translation>
    </message>
    <message>
        <source>Tentang:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>Sebagai:</source>
        <translation>As:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Feedback:</translation>
    </message>
    <message>
        <source>Sifat:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation>Periode penilaian</translation>
    </message>
    <message>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <source>Cari pegawai</source>
        <translation>Search pegawai</translation>
    </message>
    <message numerus="yes">
        <source>%n pegawai</source>
        <translation>
            <numerusform>%n pegawai</numerusform>
            <numerusform>%n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pengguna.</source>
        <translation>No user yet.</translation>
    </message>
    <message numerus="yes">
        <source>{nama} {tahun} · {masa} · %n SKP menambahkan</source>
        <translation>
            <numerusform>{nama} {tahun} · {masa} · added by %n SKP</numerusform>
            <numerusform>{nama} {tahun} · {masa} · added by %n SKPs</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih pegawai di daftar sebelah kiri.</source>
        <translation>Choose a pegawai in the list on the left.</translation>
    </message>
    <message>
        <source>dapat diisi sampai {batas}</source>
        <translation>open until {batas}</translation>
    </message>
    <message>
        <source>batas pengisian {batas} telah lewat</source>
        <translation>batas pengisian {batas} has passed</translation>
    </message>
    <message>
        <source>Rekan kerja</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Umpan balik atas perilaku kerja rekan satu unit kerja atau satu tim kerja, per nilai BerAKHLAK. Pegawai yang Anda nilai melihat feedback ini tanpa nama Anda.</source>
        <translation>Feedback on the perilaku kerja of colleagues in your unit or tim kerja, per BerAKHLAK value. The pegawai you comment on see this feedback without your name.</translation>
    </message>
    <message>
        <source>Feedback Rekan Kerja</source>
        <translation>Feedback Rekan Kerja</translation>
    </message>
    <message>
        <source>Tidak ada rekan kerja dengan SKP yang sudah disetujui. Feedback perilaku rekan kerja diberikan oleh pegawai selain JPT/pimpinan kepada rekan satu unit kerja atau satu tim kerja.</source>
        <translation>No rekan kerja with an approved SKP. Peer feedback on perilaku kerja is given by pegawai other than JPT/pimpinan to colleagues of the same unit or tim kerja.</translation>
    </message>
    <message>
        <source>{nama} belum menambahkan periode ini pada SKP-nya; feedback dapat diberikan setelah periode ditambahkan.</source>
        <translation>{nama} has not added this period to their SKP yet; feedback can be given once the period is added.</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Hasil kerja per IKI</source>
        <translation>Hasil kerja per IKI</translation>
    </message>
    <message>
        <source>Tambah &amp;Bukti Dukung…</source>
        <translation>Add &amp;Bukti Dukung…</translation>
    </message>
    <message>
        <source>Beri &amp;Feedback…</source>
        <translation>Give &amp;Feedback…</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Feedback hasil kerja</source>
        <translation>Feedback on hasil kerja</translation>
    </message>
    <message>
        <source>&amp;Isi Realisasi…</source>
        <translation>&amp;Enter Realisasi…</translation>
    </message>
    <message>
        <source>H&amp;apus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Tarik Feedback Saya</source>
        <translation>&amp;Withdraw My Feedback</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Menyalin berkas bukti dukung…</source>
        <translation>Copying the bukti dukung file…</translation>
    </message>
    <message>
        <source>Pilih berkas bukti dukung lebih dahulu.</source>
        <translation>Choose the bukti dukung file first.</translation>
    </message>
    <message>
        <source>Hasil kerja {nomor}: {indikator}</source>
        <translation>Hasil kerja {nomor}: {indikator}</translation>
    </message>
    <message>
        <source>Hapus bukti dukung “{nama}”?</source>
        <translation>Delete the bukti dukung “{nama}”?</translation>
    </message>
    <message>
        <source>Tarik feedback Anda ini?</source>
        <translation>Withdraw this feedback of yours?</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>Masa</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Belum ada rencana aksi</source>
        <translation>No rencana aksi yet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Rencana hasil kerja</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <source>%n positif</source>
        <translation>
            <numerusform>%n positive</numerusform>
            <numerusform>%n positive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negatif</source>
        <translation>
            <numerusform>%n negative</numerusform>
            <numerusform>%n negative</numerusform>
        </translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Indikator kinerja individu</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Tautan / berkas</source>
        <translation>Link / file</translation>
    </message>
    <message>
        <source>Unggah</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Terunggah</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>Menunggu sinkronisasi</source>
        <translation>Waiting for sync</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Positif</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negatif</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Periode belum ditambahkan</source>
        <translation>Period not added yet</translation>
    </message>
    <message>
        <source>Sudah Dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Belum Dinilai</source>
        <translation>Not Rated</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tim</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Satu unit kerja dan satu tim kerja</source>
        <translation>Same unit and same tim kerja</translation>
    </message>
    <message>
        <source>Satu unit kerja</source>
        <translation>Same unit</translation>
    </message>
    <message>
        <source>Satu tim kerja</source>
        <translation>Same tim kerja</translation>
    </message>
    <message>
        <source>Feedback saya</source>
        <translation>My feedback</translation>
    </message>
    <message>
        <source>Bawahan</source>
        <translation>Subordinates</translation>
    </message>
    <message>
        <source>Beri feedback berdasarkan realisasi dan bukti dukung, lalu tetapkan rating hasil kerja dan rating perilaku kerja.</source>
        <translation>Give feedback based on the realisasi and bukti dukung, then set the rating hasil kerja and rating perilaku kerja.</translation>
    </message>
    <message>
        <source>&amp;Hasil Kerja</source>
        <translation>&amp;Hasil Kerja</translation>
    </message>
    <message>
        <source>Peri&amp;laku Kerja</source>
        <translation>Peri&amp;laku Kerja</translation>
    </message>
    <message>
        <source>&amp;Rating dan Predikat</source>
        <translation>&amp;Rating and Predikat</translation>
    </message>
    <message>
        <source>Penilaian Bawahan</source>
        <translation>Penilaian Bawahan</translation>
    </message>
    <message>
        <source>Tidak ada bawahan atau anggota tim dengan SKP yang sudah disetujui. Halaman ini untuk pejabat penilai kinerja dan ketua tim.</source>
        <translation>No subordinate or team member with an approved SKP. This page is for the pejabat penilai kinerja and ketua tim.</translation>
    </message>
    <message>
        <source>{nama} belum menambahkan periode ini pada SKP-nya, sehingga belum ada yang dapat dinilai. Minta pegawai menambahkannya lewat “Tambah Periode Penilaian”.</source>
        <translation>{nama} has not added this period to their SKP, so there is nothing to evaluate yet. Ask them to add it with “Tambah Periode Penilaian”.</translation>
    </message>
    <message numerus="yes">
        <source>%n belum dinilai</source>
        <translation>
            <numerusform>%n not rated</numerusform>
            <numerusform>%n not rated</numerusform>
        </translation>
    </message>
    <message>
        <source> dari {jumlah}</source>
        <translation> of {jumlah}</translation>
    </message>
    <message>
        <source>SKP yang dinilai</source>
        <translation>The SKP evaluated</translation>
    </message>
    <message>
        <source>&amp;SKP:</source>
        <translation>&amp;SKP:</translation>
    </message>
    <message>
        <source>Tambah &amp;Periode Penilaian…</source>
        <translation>Add &amp;Periode Penilaian…</translation>
    </message>
    <message>
        <source>&amp;Rencana Aksi</source>
        <translation>&amp;Rencana Aksi</translation>
    </message>
    <message>
        <source>Pe&amp;nilaian</source>
        <translation>Pe&amp;nilaian</translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Belum ada SKP. Penilaian diisi pada SKP yang sudah disetujui pejabat penilai (menu Daftar SKP).</source>
        <translation>No SKP yet. Penilaian is filled in on an SKP approved by the pejabat penilai (see the SKP List).</translation>
    </message>
    <message>
        <source>{nama} · {jabatan} · {unor} · Pejabat penilai: {penilai}</source>
        <translation>{nama} · {jabatan} · {unor} · Pejabat penilai: {penilai}</translation>
    </message>
    <message>
        <source>belum ditentukan</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>SKP ini berstatus {status}. Rencana aksi, realisasi, bukti dukung dan feedback dapat diisi setelah SKP disetujui pejabat penilai.</source>
        <translation>This SKP has status {status}. Rencana aksi, realisasi, bukti dukung and feedback can be filled in once the pejabat penilai approves the SKP.</translation>
    </message>
    <message>
        <source>Belum ada periode penilaian pada SKP ini. Klik “Tambah Periode Penilaian” dan pilih periode yang ingin diisi.</source>
        <translation>This SKP has no periode penilaian yet. Click “Add Periode Penilaian” and choose the period to fill in.</translation>
    </message>
    <message>
        <source>{nama}: dibuka ulang oleh admin sampai {sampai}.</source>
        <translation>{nama}: reopened by the admin until {sampai}.</translation>
    </message>
    <message>
        <source>{nama} ({masa}): dapat diisi sampai batas pengisian {batas}.</source>
        <translation>{nama} ({masa}): open until the batas pengisian {batas}.</translation>
    </message>
    <message>
        <source>Batas pengisian {nama} ({batas}) telah lewat; isinya tidak dapat diubah lagi. Minta admin membuka ulang periode ini bila perlu.</source>
        <translation>The batas pengisian of {nama} ({batas}) has passed; its content can no longer be changed. Ask the admin to reopen the period if needed.</translation>
    </message>
    <message>
        <source>Semua periode penilaian instansi untuk SKP ini sudah ditambahkan.</source>
        <translation>Every periode penilaian of the instansi has already been added to this SKP.</translation>
    </message>
    <message>
        <source>Beri &amp;Feedback Perilaku…</source>
        <translation>Give &amp;Feedback on Perilaku…</translation>
    </message>
    <message>
        <source>Feedback perilaku kerja</source>
        <translation>Feedback on perilaku kerja</translation>
    </message>
    <message>
        <source>Feedback atas nilai yang dipilih</source>
        <translation>Feedback on the chosen value</translation>
    </message>
    <message>
        <source>Perilaku kerja: {nilai}</source>
        <translation>Perilaku kerja: {nilai}</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Rating hasil ker&amp;ja:</source>
        <translation>Rating hasil ker&amp;ja:</translation>
    </message>
    <message>
        <source>Rating peril&amp;aku kerja:</source>
        <translation>Rating peril&amp;aku kerja:</translation>
    </message>
    <message>
        <source>Rating dan panduan</source>
        <translation>Ratings and guidance</translation>
    </message>
    <message>
        <source>Predikat kinerja</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <source>&amp;Simpan Rating</source>
        <translation>&amp;Save Rating</translation>
    </message>
    <message>
        <source>Predikat kinerja:</source>
        <translation>Predikat kinerja:</translation>
    </message>
    <message>
        <source>— Pilih —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>Berikan feedback atas hasil kerja (tab Hasil Kerja) lebih dahulu: rating baru dapat disimpan setelah pejabat penilai memberi umpan balik.</source>
        <translation>Give feedback on hasil kerja first (Hasil Kerja tab): a rating can be saved only after the pejabat penilai has given feedback.</translation>
    </message>
    <message>
        <source>Sebagai ketua tim Anda memberi feedback; rating diberikan pejabat penilai.</source>
        <translation>As ketua tim you give feedback; the rating is set by the pejabat penilai.</translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Belum disimpan.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Dinilai oleh {nama}, {tanggal}.</source>
        <translation>Rated by {nama}, {tanggal}.</translation>
    </message>
    <message>
        <source>Pilih rating hasil kerja dan rating perilaku kerja.</source>
        <translation>Choose the rating hasil kerja and rating perilaku kerja.</translation>
    </message>
    <message>
        <source>RHK tanpa rencana aksi</source>
        <translation>RHK without rencana aksi</translation>
    </message>
    <message>
        <source>&amp;Tambah Rencana Aksi…</source>
        <translation>&amp;Add Rencana Aksi…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Sal&amp;in rencana aksi dari periode sebelumnya…</source>
        <translation>Copy rencana aksi from the prev&amp;ious period…</translation>
    </message>
    <message>
        <source>Salin rencana aksi periode sebelumnya untuk RHK yang belum memiliki rencana aksi</source>
        <translation>Copy the previous period&apos;s rencana aksi for the RHK that have none yet</translation>
    </message>
    <message>
        <source>Setiap RHK sudah memiliki rencana aksi.</source>
        <translation>Every RHK has a rencana aksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n RHK belum memiliki rencana aksi:</source>
        <translation>
            <numerusform>%n RHK has no rencana aksi yet:</numerusform>
            <numerusform>%n RHK have no rencana aksi yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Hapus rencana aksi “{teks}”?</source>
        <translation>Delete the rencana aksi “{teks}”?</translation>
    </message>
    <message numerus="yes">
        <source>%n rencana aksi disalin ke {periode}.</source>
        <translation>
            <numerusform>%n rencana aksi copied into {periode}.</numerusform>
            <numerusform>%n rencana aksi copied into {periode}.</numerusform>
        </translation>
    </message>
    <message>
        <source>RHK dan rencana aksi</source>
        <translation>RHK and rencana aksi</translation>
    </message>
    <message>
        <source>Disalin dari</source>
        <translation>Copied from</translation>
    </message>
    <message>
        <source>tidak ditemukan</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Tidak ada rencana aksi untuk RHK ini pada periode sebelumnya atau pada RHK yang sama di SKP sebelumnya.</source>
        <translation>No rencana aksi for this RHK in an earlier period, nor for the same RHK in an earlier SKP.</translation>
    </message>
    <message>
        <source>Salin rencana aksi dari periode sebelumnya</source>
        <translation>Copy rencana aksi from the previous period</translation>
    </message>
    <message>
        <source>Rencana aksi berikut akan disalin ke {periode} untuk RHK yang belum memiliki rencana aksi: dari periode sebelumnya pada SKP ini, atau dari RHK yang sama pada SKP Anda sebelumnya. RHK yang sudah memiliki rencana aksi tidak diubah.</source>
        <translation>These rencana aksi will be copied into {periode} for the RHK that have none yet: from the previous period of this SKP, or from the same RHK in your earlier SKP. RHK that already have rencana aksi are left as they are.</translation>
    </message>
    <message>
        <source>Rencana aksi yang akan disalin</source>
        <translation>Rencana aksi to copy</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Setiap RHK sudah memiliki rencana aksi pada periode ini.</source>
        <translation>Every RHK already has rencana aksi in this period.</translation>
    </message>
    <message>
        <source>Tidak ada rencana aksi sebelumnya yang dapat disalin.</source>
        <translation>There are no earlier rencana aksi to copy.</translation>
    </message>
    <message numerus="yes">
        <source>Akan disalin: %n rencana aksi untuk {rhk} RHK.</source>
        <translation>
            <numerusform>To copy: %n rencana aksi for {rhk} RHK.</numerusform>
            <numerusform>To copy: %n rencana aksi for {rhk} RHK.</numerusform>
        </translation>
    </message>
</context>
</TS>
