<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>Dibuka ulang s.d. {tanggal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekan Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Periode Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode yang dapat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama}: {masa} · batas pengisian {batas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (batas pengisian telah lewat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan target rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rencana aksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;tuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan target rencana aksi tidak harus sama dengan satuan target tahunan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tahunan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Bukti Dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;autan (Google Drive, Dropbox, dll.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas di komputer &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tautan bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilih Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tautan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas paling besar {batas}: {jenis}. Berkas disimpan di komputer ini dan dikirim ke server saat sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung ({pola})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama atau NIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pegawai</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{nama} {tahun} · {masa} · %n SKP menambahkan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih pegawai di daftar sebelah kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dapat diisi sampai {batas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batas pengisian {batas} telah lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekan kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik atas perilaku kerja rekan satu unit kerja atau satu tim kerja, per nilai BerAKHLAK. Pegawai yang Anda nilai melihat feedback ini tanpa nama Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Rekan Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rekan kerja dengan SKP yang sudah disetujui. Feedback perilaku rekan kerja diberikan oleh pegawai selain JPT/pimpinan kepada rekan satu unit kerja atau satu tim kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} belum menambahkan periode ini pada SKP-nya; feedback dapat diberikan setelah periode ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja per IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;Bukti Dukung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai dinilai: {x} / {n}, Sangat Baik: {sb}, Baik: {b}, Butuh Perbaikan: {bp}, Kurang: {k}, Sangat Kurang: {sk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isi Realisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;apus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tarik Feedback Saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas bukti dukung lebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja {nomor}: {indikator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus bukti dukung “{nama}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarik feedback Anda ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>{persen} · ≈{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{persen} · {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porsi ideal · perkiraan jumlah pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porsi pegawai yang sudah dinilai · jumlah pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n positif</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negatif</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tautan / berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unggah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terunggah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dijelaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tanggal} pukul {jam}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilai kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan penilai kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>Tanggal pengajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil akhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebelum keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesudah keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode belum ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah Dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum Dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished">Pegawai</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu unit kerja dan satu tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri feedback berdasarkan realisasi dan bukti dukung, lalu tetapkan rating hasil kerja dan rating perilaku kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;laku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating dan Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada bawahan atau anggota tim dengan SKP yang sudah disetujui. Halaman ini untuk pejabat penilai kinerja dan ketua tim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} belum menambahkan periode ini pada SKP-nya, sehingga belum ada yang dapat dinilai. Minta pegawai menambahkannya lewat “Tambah Periode Penilaian”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n belum dinilai</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> dari {jumlah}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP yang dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;Periode Penilaian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;nilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP. Penilaian diisi pada SKP yang sudah disetujui pejabat penilai (menu Daftar SKP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} · {jabatan} · {unor} · Pejabat penilai: {penilai}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP ini berstatus {status}. Rencana aksi, realisasi, bukti dukung dan feedback dapat diisi setelah SKP disetujui pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada periode penilaian pada SKP ini. Klik “Tambah Periode Penilaian” dan pilih periode yang ingin diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama}: dibuka ulang oleh admin sampai {sampai}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} ({masa}): dapat diisi sampai batas pengisian {batas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas pengisian {nama} ({batas}) telah lewat; isinya tidak dapat diubah lagi. Minta admin membuka ulang periode ini bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua periode penilaian instansi untuk SKP ini sudah ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri &amp;Feedback Perilaku…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback atas nilai yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja: {nilai}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil ker&amp;ja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating peril&amp;aku kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating dan panduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Pilih —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berikan feedback atas hasil kerja (tab Hasil Kerja) lebih dahulu: rating baru dapat disimpan setelah pejabat penilai memberi umpan balik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagai ketua tim Anda memberi feedback; rating diberikan pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinilai oleh {nama}, {tanggal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih rating hasil kerja dan rating perilaku kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK tanpa rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah Rencana Aksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap RHK sudah memiliki rencana aksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RHK belum memiliki rencana aksi:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hapus rencana aksi “{teks}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished">Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation type="unfinished">Work unit</translation>
    </message>
    <message>
        <source>Rating
hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating
perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AjukanKeberatanDialog</name>
    <message>
        <source>Ajukan Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat yang diajukan keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan atas predikat ini sudah diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja yang diminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja yang diminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan keberatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja yang diminta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating p&amp;erilaku kerja yang diminta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat yang diminta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada predikat yang dapat diajukan keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saat ini: hasil kerja {hasil}, perilaku kerja {perilaku} → {predikat}. Ditetapkan {tanggal}; batas pengajuan {batas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas {hari} hari sudah lewat: keberatan akan tercatat Terlambat dan tidak dapat disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih predikat yang diajukan keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AjukanSkp</name>
    <message>
        <source>Penetapan SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin menetapkan SKP ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP pimpinan unit kerja mandiri tidak memerlukan persetujuan atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengajuan SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin mengajukan SKP ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masih ada {n} peringatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>e-Kinerja Desktop tidak dapat dibuka</source>
        <translation>e-Kinerja Desktop cannot be opened</translation>
    </message>
</context>
<context>
    <name>BuatSkpDialog</name>
    <message>
        <source>Buat SKP untuk {pegawai}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendekatan SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP dibuat berstatus Draft atas nama pegawai tersebut; pegawai kemudian menyusun isinya dan mengajukannya sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode &amp;awal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode a&amp;khir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pendekatan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapaianDialog</name>
    <message>
        <source>Tambah Capaian Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Capaian Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tautan bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja induk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capaian organisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bukti dukung (tautan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian ini sudah final: hanya tautan bukti dukung yang dapat diubah. Batalkan final untuk mengubah capaiannya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapaianPage</name>
    <message>
        <source>Capaian organisasi per unit kerja induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik unit terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tetapkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uka bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetapkan capaian kinerja organisasi tiap unit kerja induk, lalu finalkan setelah semua pegawai dinilai agar grafik pola distribusi sama di setiap cetakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi ditetapkan oleh admin instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi {unit} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin melakukan finalisasi Capaian Organisasi ini?

Pastikan semua pegawai yang ada di Unit Kerja Induk ini sudah dinilai, sehingga Grafik Pola Distribusi menjadi konsisten di setiap cetakan Form Evaluasi Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saat ini {x} dari {n} pegawai belum dinilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi Capaian Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difinalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus Capaian Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus capaian organisasi {unit} untuk periode ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CetakDokumen</name>
    <message>
        <source>Rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual Indikator Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen Evaluasi Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat mencetak SKP ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak SKP Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished">Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished">Jabatan</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>Periode SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Pilih SKP dan dokumennya. Dokumen tampil lebih dulu sebagai pratinjau; dari sana dapat disimpan sebagai PDF atau dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama, NIP, jabatan, tahun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari SKP</source>
        <translation type="unfinished">Search SKPs</translation>
    </message>
    <message>
        <source>Daftar SKP yang dapat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau dokumen terpilih (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak dokumen satu &amp;unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya semua Dokumen Evaluasi Kinerja satu unit untuk satu periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau &amp;MPH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks Peran Hasil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP yang dapat Anda cetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKP dapat dicetak.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{nama} · belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga di aplikasi.</source>
        <translation>An unexpected error happened in the application.</translation>
    </message>
    <message>
        <source>Data yang sudah tersimpan aman: setiap perubahan disimpan di komputer ini saat itu juga. Perubahan yang sedang diproses ketika kesalahan terjadi mungkin belum tersimpan; periksa kembali pekerjaan terakhir Anda. Anda dapat melanjutkan bekerja; bila kesalahan berulang, tutup lalu buka kembali aplikasi.</source>
        <translation>Data already saved is safe: every change is saved on this computer at once. A change that was being processed when the error happened may not have been saved; please check your last work. You can keep working; if the error happens again, close and reopen the application.</translation>
    </message>
    <message>
        <source>Catatan kesalahan (log) tersimpan di:
{path}</source>
        <translation>The error log is saved in:
{path}</translation>
    </message>
    <message>
        <source>Catatan kesalahan (log) belum tersedia.</source>
        <translation>No error log is available yet.</translation>
    </message>
    <message>
        <source>&amp;Rincian untuk dilaporkan ke admin:</source>
        <translation>&amp;Details to report to your admin:</translation>
    </message>
    <message>
        <source>Rincian kesalahan</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>&amp;Salin rincian</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>&amp;Buka folder log</source>
        <translation>&amp;Open log folder</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Rincian tersalin</source>
        <translation>Details copied</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>DaftarLampiran</name>
    <message>
        <source>Sumber daya yang dibutuhkan untuk memenuhi ekspektasi: SDM, anggaran, peralatan, pendampingan pimpinan, sarana dan prasarana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan data atau bukti dukung dan waktu pelaporan perkembangan hasil kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsekuensi bila memenuhi ekspektasi (penghargaan, penugasan baru) dan bila tidak (teguran, pengalihan penugasan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis butir baru lalu tekan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir baru {jenis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah butir (Enter di kotak isian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus butir terpilih (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan ke atas (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan ke bawah (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaftarSkpPage</name>
    <message>
        <source>SKP saya</source>
        <translation>My SKPs</translation>
    </message>
    <message>
        <source>Belum ada SKP. SKP Anda akan tampil di sini setelah dibuat di aplikasi ini atau diunduh dari server saat sinkronisasi.</source>
        <translation>No SKP yet. Your SKPs appear here once they are created in this application or downloaded from the server during sync.</translation>
    </message>
    <message>
        <source>SKP bawahan</source>
        <translation>Subordinates&apos; SKPs</translation>
    </message>
    <message>
        <source>Belum ada SKP bawahan. SKP pegawai yang Anda nilai sebagai pejabat penilai akan tampil di sini setelah mereka membuatnya.</source>
        <translation>No subordinate SKP yet. The SKPs of the pegawai you evaluate as pejabat penilai appear here once they create them.</translation>
    </message>
    <message>
        <source>Semua SKP</source>
        <translation>All SKPs</translation>
    </message>
    <message>
        <source>Belum ada SKP di instansi ini.</source>
        <translation>No SKP in this instansi yet.</translation>
    </message>
    <message>
        <source>Belum ada pengguna di komputer ini. Masuk dengan akun e-Kinerja Anda untuk mengunduh data, atau jalankan aplikasi dengan --demo untuk mencoba dengan instansi contoh.</source>
        <translation>No user on this computer yet. Sign in with your e-Kinerja account to download your data, or start the application with --demo to try it with a sample instansi.</translation>
    </message>
    <message>
        <source>Tambah SKP…</source>
        <translation>Add SKP…</translation>
    </message>
    <message>
        <source>Tambah SKP</source>
        <translation>Add SKP</translation>
    </message>
    <message>
        <source>Buat SKP baru (Ctrl+N)</source>
        <translation>Create a new SKP (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Daftar SKP</source>
        <translation>SKP List</translation>
    </message>
    <message>
        <source>SKP Saya ({n})</source>
        <translation>My SKPs ({n})</translation>
    </message>
    <message>
        <source>SKP Bawahan ({n})</source>
        <translation>Subordinates&apos; SKPs ({n})</translation>
    </message>
    <message>
        <source>Semua SKP ({n})</source>
        <translation>All SKPs ({n})</translation>
    </message>
</context>
<context>
    <name>DemoSwitcher</name>
    <message>
        <source>MODE DEMO</source>
        <translation>DEMO MODE</translation>
    </message>
    <message>
        <source>Mode demo aktif</source>
        <translation>Demo mode is on</translation>
    </message>
    <message>
        <source>Data instansi contoh. Perubahan hanya tersimpan di komputer ini.</source>
        <translation>Sample instansi data. Changes are only saved on this computer.</translation>
    </message>
    <message>
        <source>Bertindak sebagai pengguna demo</source>
        <translation>Act as demo user</translation>
    </message>
    <message>
        <source>&amp;Bertindak sebagai:</source>
        <translation>&amp;Act as:</translation>
    </message>
</context>
<context>
    <name>DialogBatch</name>
    <message>
        <source>Cetak dokumen satu unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja atau bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu PDF &amp;gabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu berkas per &amp;pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas atau folder tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit / bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen Evaluasi Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bawahan langsung {nama}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen akan dicetak.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan PDF gabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen ditulis ke {tempat}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak dicetak:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogCetakSkp</name>
    <message>
        <source>Cetak SKP Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKesalahanImpor</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dari Excel — berkas tidak diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Berkas {berkas} tidak diimpor dan tidak ada yang diubah pada SKP. Perbaiki %n kesalahan berikut di Excel, simpan berkasnya, lalu impor kembali.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daftar kesalahan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Salin daftar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogOpsiCetak</name>
    <message>
        <source>Cetak {dokumen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogRencanaImpor</name>
    <message>
        <source>Impor dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi berkas akan diterapkan pada SKP ini: {ringkasan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK yang tidak ada di berkas akan dihapus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogSimpan</name>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditStatusDialog</name>
    <message>
        <source>Edit Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan perbaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki pegawai; catatan ini tampil pada SKP-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status sekarang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catatan perbaikan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catatan (opsional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis catatan perbaikan untuk pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelSkp</name>
    <message>
        <source>Excel SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unduh template SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template tidak dapat disimpan ke {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi di Excel, simpan, lalu pilih “Impor dari Excel”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dari Excel hanya untuk pemilik SKP selama SKP masih berstatus Draft. Template tetap dapat diunduh untuk dilihat di Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor selesai: {ringkasan}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HasilKerja</name>
    <message>
        <source>(belum dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu dan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{teks} (Penugasan dari {dari})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. UTAMA ({n} RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. TAMBAHAN ({n} RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RHK belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum mengintervensi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(IKI belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(isi target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HasilKerjaPanel</name>
    <message>
        <source>Hasil kerja: RHK dan IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: ubah lewat dialog · F2: ubah di sel · seret atau Alt+↑/↓ untuk memindah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitasBlok</name>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/gol. ruang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished">Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation type="unfinished">Work unit</translation>
    </message>
    <message>
        <source>(belum ada pejabat penilai)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IkiDialog</name>
    <message>
        <source>kemampuan organisasi memenuhi harapan penerima layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perbaikan proses yang bernilai tambah bagi pemangku kepentingan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pengembangan sumber daya organisasi sebagai pengungkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efektivitas dan efisiensi penggunaan anggaran (wajib ada di SKP JPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK: {teks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu dan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran keberhasilan, misalnya: Persentase dokumen yang ditetapkan tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator dan target dalam satu narasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target maksimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maks (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%, dokumen, laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pilih perspektif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pilih aspek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indikator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IKI dan target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspektif:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aspek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi indikator terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teks IKI terlalu panjang ({n} dari {maks} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeberatanDetail</name>
    <message>
        <source>Status keberatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu pengajuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu penjelasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertama kali dibuka atasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu diputuskan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai yang mengajukan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai kinerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan pejabat penilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai sebelum, diminta dan sesudah keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alasan mengajukan keberatan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Penjelasan pejabat penilai kinerja&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keputusan dan rekomendasi atasan pejabat penilai&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih keberatan pada daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum diputuskan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeberatanDialog</name>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeberatanPage</name>
    <message>
        <source>Pegawai mengajukan keberatan atas predikat paling lambat 14 hari setelah predikat ditetapkan; pejabat penilai memberi penjelasan; atasan pejabat penilai memutuskan. Keputusan bersifat final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring menurut status keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>Nama pegawai, penilai, periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation type="unfinished">&amp;Search:</translation>
    </message>
    <message>
        <source>Daftar keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajukan Keberatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis &amp;Penjelasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;utuskan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} dari {total} keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan diputuskan: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KepalaSkp</name>
    <message>
        <source>Status SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished">&amp;Reload</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup halaman SKP ini (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai yang dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai · {periode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Catatan perbaikan dari pejabat penilai{siapa}:&lt;/b&gt; {catatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tetapkan SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajukan SKP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeputusanDialog</name>
    <message>
        <source>Keputusan Atasan Pejabat Penilai Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan dan rekomendasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebelum: {sebelum} · Diminta: {diminta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating p&amp;erilaku kerja baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keputusan dan rekomendasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan ini diajukan lebih dari {hari} hari setelah predikat ditetapkan (Terlambat), sehingga hanya dapat ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tetap seperti sebelum keberatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Konflik</name>
    <message>
        <source>Ya</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai di server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KonflikPanel</name>
    <message>
        <source>Daftar konflik dan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya yang perlu keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai saya dan nilai di server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai punya &amp;saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim ulang nilai Anda sebagai perubahan baru atas versi terkini di server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai versi ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biarkan nilai di server; nilai Anda tetap tercatat di riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada konflik yang dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jenis}: {perubahan} pada {data}. {alasan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
</context>
<context>
    <name>KurvaChartView</name>
    <message>
        <source>Kurva distribusi predikat kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persentase pegawai (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih cakupan dan periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div align=&quot;center&quot;&gt;&lt;b&gt;Pola distribusi predikat kinerja · {periode}&lt;/b&gt;&lt;br&gt;{cakupan}&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal (capaian organisasi belum ditetapkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal · capaian organisasi {capaian}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktual · {dinilai} dari {n} pegawai dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{persen} ({n} org)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KurvaPage</name>
    <message>
        <source>Jumlah pegawai per predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Panduan pola distribusi&lt;/b&gt; (SE MenPANRB 3/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan pola distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan gambar (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurva tersedia bagi pejabat penilai kinerja, pimpinan unit kerja dan admin instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cakupan} · {n} pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi {unit} untuk periode ini &lt;b&gt;belum ditetapkan&lt;/b&gt;, sehingga kurva ideal (merah) belum dapat digambar. Admin instansi menetapkannya di halaman Capaian Organisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian organisasi {unit}: &lt;b&gt;{capaian}&lt;/b&gt; ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} dari {n} pegawai belum dinilai: kurva hijau belum menggambarkan seluruh pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panduan diperiksa setelah capaian organisasi ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pegawai yang dinilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribusi sesuai panduan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panduan ini hanya peringatan; penilaian tetap dapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan kurva sebagai gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar tidak dapat disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurva disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaporanExcelPage</name>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unduh laporan kinerja sebagai buku kerja Excel (.xlsx). Angka dan tanggal tersimpan sebagai nilai asli, baris judul kolom dibekukan dan dapat disaring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation type="unfinished">Work unit</translation>
    </message>
    <message>
        <source>Cakupan rekap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status (termasuk belum ada SKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jenis laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cakupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unduh Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan ini sebagai .xlsx (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unduh Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan yang diunduh pada sesi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buka berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diunduh pada sesi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Rencana SKP Tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Penilaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Jumlah Tim Lingkup Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap Penilaian Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu baris per SKP tahun terpilih (pegawai tanpa SKP ikut tercantum), dengan sheet &apos;Hasil Kerja&apos; berisi setiap RHK dan IKI beserta targetnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja, rating perilaku kerja dan predikat setiap SKP pada periode terpilih, dengan sheet &apos;Ringkasan&apos; per unit kerja induk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah tim kerja yang dibentuk, diketuai dan diikuti setiap pegawai pada tahun terpilih, dengan sheet &apos;Tim Kerja&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap seperti halaman Rekap Penilaian: setiap pegawai pada cakupan, sudah atau belum dinilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK setiap pegawai terhadap setiap IKI pimpinan unit; &apos;tidak ada peran&apos; bila kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pengguna terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Excel tersedia bagi admin instansi, pimpinan unit kerja dan pejabat penilai kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unduh Excel — {laporan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{laporan} disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KerjaLatar</name>
    <message>
        <location filename="../../views/common/tasks.py" line="69"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>e-Kinerja Desktop</source>
        <translation>e-Kinerja Desktop</translation>
    </message>
    <message>
        <source>{title} (mode demo)</source>
        <translation>{title} (demo mode)</translation>
    </message>
    <message>
        <source>Navigasi halaman</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <source>Pengguna yang sedang bertindak</source>
        <translation>Acting user</translation>
    </message>
    <message>
        <source>Mode demo</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang e-Kinerja Desktop</source>
        <translation>&amp;About e-Kinerja Desktop</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa tampilan akan berganti setelah aplikasi dibuka kembali.</source>
        <translation>The display language changes after the application is reopened.</translation>
    </message>
    <message>
        <source>&lt;b&gt;e-Kinerja Desktop&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;e-Kinerja Desktop&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Menyusun dan menilai SKP (Sasaran Kinerja Pegawai) di komputer ini, dengan atau tanpa internet.</source>
        <translation>Plan and evaluate SKPs (Sasaran Kinerja Pegawai) on this computer, with or without internet.</translation>
    </message>
    <message>
        <source>Folder data: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Catatan (log): {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <source>Tentang e-Kinerja Desktop</source>
        <translation>About e-Kinerja Desktop</translation>
    </message>
    <message>
        <source>Belum ada pengguna</source>
        <translation>No user yet</translation>
    </message>
    <message>
        <source>Pengguna: {nama} ({peran}) · NIP {nip}</source>
        <translation>User: {nama} ({peran}) · NIP {nip}</translation>
    </message>
    <message>
        <source>Data dimuat ulang.</source>
        <translation>Data reloaded.</translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan manual indikator ini (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tujuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definisi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat&amp;uan pengukuran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan pengukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kualitas dan tingkat kendali:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kualitas dan tingkat kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode pelaporan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode pelaporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada IKI. Tambahkan IKI pada tab Hasil Kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MphGrid</name>
    <message>
        <source>tidak ada peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} RHK lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {n} SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai / jabatan / status SKP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MphPage</name>
    <message>
        <source>Matriks yang ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matriks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari pegawai… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari pegawai di matriks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya tanpa &amp;peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya pegawai tanpa peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan matriks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks peran hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi SKP Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang matriks dari SKP bawahan yang terbaru (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judul} · {nama}, {jabatan} · tahun {tahun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} belum memiliki RHK untuk matriks ini; kolom peran akan muncul setelah RHK ditambahkan pada SKP-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada matriks untuk Anda tahun {tahun}. Matriks unit kerja tersedia bagi pimpinan yang sudah membuat SKP; matriks tim kerja bagi ketua dan anggota tim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua tim ini belum diatur. JPT mengaturnya di halaman Tim Kerja setelah “Generate SKP Organisasi”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pegawai · {ada} dengan peran · {tanpa} tanpa peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {shown} ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (• mengintervensi langsung · ↳ melalui RHK lain, lihat tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks dimuat ulang dari SKP bawahan terbaru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK ditambahkan ke SKP {nama}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP Draft dibuat untuk {nama}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Anggota Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota tim ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Pegawai ke Matriks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanjut: Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MphTableModel</name>
    <message>
        <source>Tanpa peran / RHK di luar matriks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK {nomor} · {teks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK {nomor} ({jenis}): {teks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI {nomor}: {teks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP tahun ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari unit kerja lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK yang tidak mengintervensi matriks ini:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ {teks}
    melalui: {melalui} ({oleh})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada peran: belum ada SKP tahun ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada peran: belum ada RHK yang mengintervensi matriks ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelOpsiCetak</name>
    <message>
        <source>Pegawai yang dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor TTE (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor diisi hanya bila dokumen akan ditandatangani secara elektronik (TTE): teks ini dicetak di tempat tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PemilihCakupanPeriode</name>
    <message>
        <source>Cakupan pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;akupan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenjelasanDialog</name>
    <message>
        <source>Penjelasan Pejabat Penilai Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan keberatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Penjelasan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerilakuModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan F2 untuk menulis ekspektasi khusus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerilakuPanel</name>
    <message>
        <source>Perilaku kerja dan ekspektasi khusus pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerintahSkp</name>
    <message>
        <source>Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah butir lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah butir lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus butir lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan butir lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah ekspektasi khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah manual indikator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PesanLabel</name>
    <message>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PilihPegawaiDialog</name>
    <message>
        <source>Cari NIP atau nama pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik NIP atau nama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ari NIP / nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai terpilih:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pegawai dengan SKP tahun ini yang cocok dengan “{teks}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP: {nip}
Nama: {nama}
Periode SKP: {periode} ({status})
Jabatan: {jabatan}
Unit kerja: {unor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pegawai terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PratinjauDokumen</name>
    <message>
        <source>Pratinjau — {judul}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebar halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen tidak dapat ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan di {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rekap</name>
    <message>
        <source>Unit kerja: {nama}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bawahan langsung saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bawahan langsung {nama}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP belum disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekapPage</name>
    <message>
        <source>Nama, NIP, jabatan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation type="unfinished">&amp;Search:</translation>
    </message>
    <message>
        <source>Saring menurut predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <source>Belum ada predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;redikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah pegawai dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan baris yang tampil (dengan urutan dan saringan ini) sebagai .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap penilaian bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <source>Rekap Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dinilai} dari {n} pegawai sudah dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang cocok dengan saringan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap penilaian tersedia bagi pejabat penilai kinerja, pimpinan unit kerja dan admin instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pegawai pada cakupan dan periode ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor rekap ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap tidak dapat disimpan ke {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap Penilaian Bawahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaring: {shown} dari {n} pegawai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <source>Ubah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari RHK atau IKI pimpinan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari RHK pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan Anda belum memiliki RHK untuk periode SKP ini. Anda tetap dapat menyimpan RHK ini dan memilih RHK pimpinan nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasi — tertaut di unit organisasi / tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {nama}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim kerja: {nama}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil yang diharapkan, dalam bahasa hasil, bukan aktivitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan pimpinan yang menugaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasifikasi RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit organisasi atau tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penugasan dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klasifikasi RHK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit/tim kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jenis RHK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rencana hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Penugasan dari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RHK Organisasi&lt;/b&gt; tertaut dengan unit kerja atau tim kerja dan diwariskan kepada pejabat berikutnya di tahun yang sama. &lt;b&gt;RHK Individu&lt;/b&gt; tertaut kepada Anda saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK &amp;pimpinan yang diintervensi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dari {maks} karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi rencana hasil kerja terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkPeranDialog</name>
    <message>
        <source>Tambah RHK untuk {pegawai}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasifikasi RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasi — tertaut di tim kerja {tim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasi — tertaut di unit pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rumuskan sebagai hasil, bukan kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK &amp;yang diintervensi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klasifikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rencana hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indikator (opsional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teks terlalu panjang: {n} dari {maks} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih RHK pimpinan yang diintervensi dari daftar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkPimpinanModel</name>
    <message>
        <source>(Tidak mengintervensi RHK pimpinan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiwayatPanel</name>
    <message>
        <source>Riwayat status SKP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiwayatSkp</name>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk ke e-Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk sekali saat terhubung ke internet. Setelah itu aplikasi tetap dapat dipakai tanpa internet; perubahan dikirim saat koneksi kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit, tanpa spasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata &amp;sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekerja &amp;luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka data {nama} di komputer ini tanpa masuk ke server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi alamat server (tanyakan ke admin instansi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP hanya berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim perubahan lalu ambil perubahan orang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan yang menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat perubahan yang diterima server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflik dan penolakan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk sebagai {nama} (NIP {nip}) di {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum masuk ke server. Semua perubahan tersimpan di komputer ini dan akan dikirim setelah Anda masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir mengirim: {jam}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir mengambil: {jam}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galat terakhir: {galat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpEditorHost</name>
    <message>
        <source>&amp;Tambah SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pengguna terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpEditorPage</name>
    <message>
        <source>Tambah &amp;RHK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;IKI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah ke a&amp;tas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah ke &amp;bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periksa kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajukan SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muat ulang data pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbarui identitas pegawai dan pejabat penilai dari data terkini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak SKP…</source>
        <translation>&amp;Print SKP…</translation>
    </message>
    <message>
        <source>Unduh &amp;template SKP (Excel)…</source>
        <translation>Download SKP &amp;template (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Tutup SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab Hasil &amp;Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab P&amp;erilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab &amp;Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab Ma&amp;nual Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab Ri&amp;wayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP ini sudah dihapus atau tidak tersedia di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP {nama} {tahun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP {tahun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil Kerja ({n} RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagai pejabat penilai, tulis ekspektasi khusus pada kolom kanan (klik dua kali atau F2). Ekspektasi dapat ditulis selama SKP berstatus Draft atau Pengajuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan ditulis oleh pejabat penilai kinerja saat meninjau SKP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih RHK yang akan ditambah IKI-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat (hanya baca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus IKI “{teks}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus RHK “{teks}” beserta {n} IKI-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda dapat membatalkannya dengan Urungkan (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP belum dapat diajukan: {n} kesalahan harus diperbaiki. Klik sebuah baris pada daftar pemeriksaan untuk menuju RHK/IKI-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP diajukan kepada pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status SKP diubah menjadi {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pegawai dan pejabat penilai diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpListPanel</name>
    <message>
        <source>Cari… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari SKP</source>
        <translation>Search SKPs</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Jumlah SKP</source>
        <translation>Number of SKPs</translation>
    </message>
    <message>
        <source>&amp;Hapus pencarian dan filter</source>
        <translation>&amp;Clear search and filter</translation>
    </message>
    <message numerus="yes">
        <source>{shown} dari %n SKP</source>
        <translation>
            <numerusform>{shown} of %n SKP</numerusform>
            <numerusform>{shown} of %n SKPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKP</source>
        <translation>
            <numerusform>%n SKP</numerusform>
            <numerusform>%n SKPs</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada SKP yang cocok dengan pencarian atau filter status.</source>
        <translation>No SKP matches the search or the status filter.</translation>
    </message>
</context>
<context>
    <name>SkpTable</name>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Belum ditentukan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Pendekatan</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>PLT/PLH</source>
        <translation>PLT/PLH</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation>Pejabat penilai</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luring (belum masuk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi tertahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyinkronkan… {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu masuk kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu pembaruan aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tertua {umur})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua perubahan terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terakhir {jam} (waktu server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ jam komputer selisih %n menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam komputer ini berbeda lebih dari 5 menit dari server. Perbaiki tanggal dan jam Windows agar waktu yang tercatat benar; sinkronisasi tetap berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik untuk membuka halaman Sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitas harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished">Pegawai</translation>
    </message>
    <message>
        <source>Unit organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jelaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putuskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai punya saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum terkirim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disimpan di komputer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galat terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut perubahan di server: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TambahSkpDialog</name>
    <message>
        <source>Tambah SKP</source>
        <translation>Add SKP</translation>
    </message>
    <message>
        <source>Belum ada atasan pada data pegawai Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cek terlebih dahulu data unit dan atasan sebelum membuat SKP. Jika ada yang salah, minta admin memperbaikinya; SKP tetap dapat disusun, lalu tekan Muat ulang di halaman SKP setelah data diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP &amp;PLT/PLH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penugasan PLT/PLH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendekatan</source>
        <translation type="unfinished">Pendekatan</translation>
    </message>
    <message>
        <source>Kuantitatif — target berbasis angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kualitatif — target tidak berbasis angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit atasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penugasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode &amp;awal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode a&amp;khir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pendekatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimCommon</name>
    <message>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimDialog</name>
    <message>
        <source>Tambah Tim Kerja {tahun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit organisasi tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UNOR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama tim kerja:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimKerjaPage</name>
    <message>
        <source>Tahun</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>Cari tim… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK ketua untuk tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah Tim Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate SKP Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur &amp;Ketua Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hapus Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;RHK Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <source>Ta&amp;hun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tim kerja tahun {tahun}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{tim}&lt;/b&gt; — ketua: {ketua} · %n anggota</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>belum diatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahkan RHK ketua untuk tim ini di SKP Anda terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim kerja dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP organisasi tim “{tim}” dibuat; atur ketua timnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} menjadi ketua tim “{tim}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RHK tim diwariskan ke SKP-nya.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RHK tim belum diwariskan: SKP ketua baru tidak berstatus Draft.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pengaturan Ketua Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim kerja “{tim}” dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus Tim Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus tim kerja “{tim}” beserta keanggotaannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah Anggota Tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota tim ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nama} dikeluarkan dari tim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarkan {nama} dari tim “{tim}”? RHK yang sudah ada di SKP-nya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK ditambahkan ke SKP {nama}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimModels</name>
    <message>
        <source>Ketua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPT/Pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua Tim belum diatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tim kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished">Jabatan</translation>
    </message>
    <message>
        <source>Status SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK ketua untuk tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnduhLaporan</name>
    <message>
        <source>Berkas tidak dapat disimpan ke {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengambil data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menulis baris {ditulis} dari {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidasiPanel</name>
    <message>
        <source>Hasil pemeriksaan SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Belum dapat diajukan:&lt;/b&gt; {e} kesalahan harus diperbaiki, {w} peringatan. Klik sebuah baris untuk menuju RHK/IKI-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Siap diajukan&lt;/b&gt;, dengan {w} peringatan (tidak menghalangi pengajuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Siap diajukan:&lt;/b&gt; semua pemeriksaan terpenuhi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KotakPenanda</name>
    <message>
        <source>Tanggal tanda tangan {peran}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi tanda tangan {peran}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan untuk tanda tangan basah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
