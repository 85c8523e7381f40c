<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CadanganWiring</name>
    <message>
        <source>Memulihkan data dari cadangan…</source>
        <translation>Restoring data from the backup…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Simpan salinan utuh data di komputer ini, termasuk perubahan belum terkirim</source>
        <translation>Save a complete copy of the data on this computer, unsent changes included</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Ganti data di komputer ini dengan isi cadangan</source>
        <translation>Replace the data on this computer with a backup</translation>
    </message>
    <message>
        <source>Perubahan yang belum terkirim hanya ada di komputer ini; cadangkan ke flashdisk agar tidak hilang bersama laptop.</source>
        <translation>Unsent changes exist only on this computer; back them up to a USB stick so they are not lost with the laptop.</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Data tidak dipulihkan; aplikasi memakai data sebelumnya.</source>
        <translation>The data was not restored; the app uses the data it had before.</translation>
    </message>
    <message>
        <source>Data dipulihkan</source>
        <translation>Data restored</translation>
    </message>
    <message>
        <source>Data dipulihkan dari {asal}.</source>
        <translation>Data restored from {asal}.</translation>
    </message>
    <message>
        <source>Milik {pemilik}; {isi}.</source>
        <translation>Belongs to {pemilik}; {isi}.</translation>
    </message>
    <message>
        <source>Perubahan yang belum terkirim dikirim ke server setelah Anda masuk; yang sudah diterima server tidak diterapkan dua kali.</source>
        <translation>Unsent changes are sent to the server after you sign in; what the server already received is not applied twice.</translation>
    </message>
    <message>
        <source>Data sebelum pemulihan disimpan sebagai {berkas}; untuk kembali, pulihkan itu lewat Berkas → Pulihkan dari cadangan…</source>
        <translation>The data from before the restore was kept as {berkas}; to go back, restore it with File → Restore from backup…</translation>
    </message>
</context>
<context>
    <name>Pencadang</name>
    <message>
        <source>Membuat dan memeriksa cadangan…</source>
        <extracomment>(parent, suggested path) → the chosen path, or None when cancelled (tests replace it).</extracomment>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Simpan cadangan e-Kinerja</source>
        <translation>Save e-Kinerja backup</translation>
    </message>
    <message>
        <source>Cadangan e-Kinerja (*.db)</source>
        <translation>e-Kinerja backups (*.db)</translation>
    </message>
    <message>
        <source>Cadangan tersimpan</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Cadangan tersimpan dan sudah diperiksa utuh.</source>
        <translation>The backup is saved and was checked to be intact.</translation>
    </message>
    <message>
        <source>Cadangan ini memuat {n} perubahan yang belum terkirim ke server; setelah dipulihkan di komputer mana pun, perubahan itu dikirim saat Anda masuk.</source>
        <translation>Changes in this backup not yet sent to the server: {n}. Restored on any computer, they are sent when you sign in.</translation>
    </message>
    <message>
        <source>Simpan berkas ini di luar laptop (flashdisk atau penyimpanan awan). Untuk memakainya: Berkas → Pulihkan dari cadangan…</source>
        <translation>Keep this file off the laptop (a USB stick or cloud storage). To use it: File → Restore from backup…</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
</context>
<context>
    <name>PulihkanDialog</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih cadangan untuk mengganti data e-Kinerja di komputer ini, misalnya setelah pindah laptop. Cadangan diperiksa dulu; data sekarang disimpan sebagai cadangan otomatis sebelum diganti, jadi pemulihan dapat dibatalkan.</source>
        <translation>Choose a backup to replace the e-Kinerja data on this computer, for instance after moving to a new laptop. The backup is checked first; the current data is kept as an automatic backup before it is replaced, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Cadangan otomatis di komputer ini</source>
        <translation>Automatic backups on this computer</translation>
    </message>
    <message>
        <source>&amp;Cadangan otomatis di komputer ini:</source>
        <translation>&amp;Automatic backups on this computer:</translation>
    </message>
    <message>
        <source>Belum ada cadangan otomatis. Pilih berkas cadangan Anda.</source>
        <translation>No automatic backups yet. Choose your backup file.</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas cadangan…</source>
        <translation>Choose backup &amp;file…</translation>
    </message>
    <message>
        <source>Cadangan yang Anda buat dengan Cadangkan sekarang, mis. di flashdisk</source>
        <translation>A backup you made with Back up now, e.g. on a USB stick</translation>
    </message>
    <message>
        <source>Isi cadangan terpilih</source>
        <translation>Contents of the chosen backup</translation>
    </message>
    <message>
        <source>Cadangan ditolak</source>
        <translation>Backup refused</translation>
    </message>
    <message>
        <source>Cadangan terpilih</source>
        <translation>Chosen backup</translation>
    </message>
    <message>
        <source>Data di komputer ini sekarang</source>
        <translation>Data on this computer now</translation>
    </message>
    <message>
        <source>Data di komputer ini sekarang (akan diganti)</source>
        <translation>Data on this computer now (to be replaced)</translation>
    </message>
    <message>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Milik: {pemilik} · {isi} · lampiran belum terunggah: {lampiran}</source>
        <translation>Owner: {pemilik} · {isi} · attachments not uploaded: {lampiran}</translation>
    </message>
    <message>
        <source>Pilih cadangan dari daftar atau dari berkas.</source>
        <translation>Choose a backup from the list or from a file.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan e-Kinerja</source>
        <translation>Choose an e-Kinerja backup file</translation>
    </message>
    <message>
        <source>Cadangan e-Kinerja (*.db);;Semua berkas (*)</source>
        <translation>e-Kinerja backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Ganti data di komputer ini dengan isi cadangan?</source>
        <translation>Replace the data on this computer with the backup?</translation>
    </message>
    <message>
        <source>&amp;Ganti data dan buka ulang</source>
        <translation>&amp;Replace data and reopen</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Yang diganti: data di komputer ini — milik {pemilik}; {isi}.</source>
        <translation>Replaced: the data on this computer — owner {pemilik}; {isi}.</translation>
    </message>
    <message>
        <source>Diganti dengan: {asal} — milik {pemilik}; {isi}.</source>
        <translation>Replaced with: {asal} — owner {pemilik}; {isi}.</translation>
    </message>
    <message>
        <source>Perhatian: {n} perubahan di komputer ini belum terkirim ke server. Setelah pemulihan, perubahan itu hanya ada di cadangan otomatis sebelum pemulihan.</source>
        <translation>Note: changes on this computer not yet sent to the server: {n}. After the restore they exist only in the automatic backup taken before it.</translation>
    </message>
    <message>
        <source>Perhatian: cadangan ini milik pengguna lain ({pemilik}).</source>
        <translation>Note: this backup belongs to another user ({pemilik}).</translation>
    </message>
    <message>
        <source>Data sekarang disimpan dulu sebagai cadangan otomatis. Aplikasi lalu ditutup dan dibuka kembali dengan data dari cadangan.</source>
        <translation>The current data is first kept as an automatic backup. The app then closes and opens again with the data from the backup.</translation>
    </message>
</context>
<context>
    <name>Ringkasan</name>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>tidak diketahui (belum pernah masuk ke server)</source>
        <translation>unknown (never signed in to the server)</translation>
    </message>
    <message>
        <source>{nama} (NIP {nip})</source>
        <translation>{nama} (NIP {nip})</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>SKP: {skp} · perubahan belum terkirim: {tunggu}</source>
        <translation>SKPs: {skp} · unsent changes: {tunggu}</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Milik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Jumlah SKP</source>
        <translation>SKPs</translation>
    </message>
    <message>
        <source>Perubahan belum terkirim</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <source>Lampiran belum terunggah</source>
        <translation>Attachments not uploaded</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>e-Kinerja Desktop {versi}</source>
        <translation>e-Kinerja Desktop {versi}</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>dari versi aplikasi lama; diperbarui saat dipulihkan</source>
        <translation>from an older version of the app; updated when restored</translation>
    </message>
    <message>
        <source>Sebelum pemulihan dari cadangan</source>
        <translation>Before a restore from backup</translation>
    </message>
    <message>
        <source>Sebelum pembaruan basis data</source>
        <translation>Before a database update</translation>
    </message>
    <message>
        <source>Sebelum pembaruan basis data (versi {revisi})</source>
        <translation>Before a database update (version {revisi})</translation>
    </message>
    <message>
        <source>cadangan otomatis {waktu} ({alasan})</source>
        <translation>the automatic backup of {waktu} ({alasan})</translation>
    </message>
    <message>
        <source>{berkas}, dibuat {waktu}</source>
        <translation>{berkas}, made {waktu}</translation>
    </message>
</context>
</TS>
