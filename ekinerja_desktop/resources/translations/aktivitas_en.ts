<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name>Aktivitas</name>
        <message>
            <source>Divalidasi oleh {nama}</source>
            <translation>Validated by {nama}</translation>
        </message>
        <message>
            <source>Belum divalidasi</source>
            <translation>Not validated yet</translation>
        </message>
        <message>
            <source>Divalidasi oleh {nama} pada {waktu}</source>
            <translation>Validated by {nama} on {waktu}</translation>
        </message>
        <message>
            <source>{jam} jam</source>
            <translation>{jam} h</translation>
        </message>
        <message>
            <source>{bulan}: {jumlah} aktivitas · {jam} jam · {persen} jam divalidasi ({divalidasi} dari {jumlah} aktivitas)</source>
            <translation>{bulan}: {jumlah} aktivitas · {jam} hours · {persen} of the hours validated ({divalidasi} of {jumlah} aktivitas)</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Jam</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Durasi</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>RHK</source>
            <translation>RHK</translation>
        </message>
        <message>
            <source>Uraian</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Bukti</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{hari}: {jumlah} aktivitas, {jam}</source>
            <translation>{hari}: {jumlah} aktivitas, {jam}</translation>
        </message>
    </context>
    <context>
        <name>AktivitasDialog</name>
        <message>
            <source>Tanggal aktivitas</source>
            <translation>Date of the aktivitas</translation>
        </message>
        <message>
            <source>Jam mulai</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Jam selesai</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>RHK yang didukung</source>
            <translation>RHK it supports</translation>
        </message>
        <message>
            <source>Rencana aksi</source>
            <translation>Rencana aksi</translation>
        </message>
        <message>
            <source>Uraian aktivitas</source>
            <translation>Description of the aktivitas</translation>
        </message>
        <message>
            <source>Tautan bukti</source>
            <translation>Evidence link</translation>
        </message>
        <message>
            <source>s.d.</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Tanggal:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Jam:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;RHK:</source>
            <translation>&amp;RHK:</translation>
        </message>
        <message>
            <source>Rencana &amp;aksi:</source>
            <translation>Rencana &amp;aksi:</translation>
        </message>
        <message>
            <source>&amp;Uraian:</source>
            <translation>D&amp;escription:</translation>
        </message>
        <message>
            <source>&amp;Bukti (tautan):</source>
            <translation>Evidence (&amp;link):</translation>
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
            <source>Kesalahan {field}</source>
            <translation>Error in {field}</translation>
        </message>
        <message>
            <source>Tidak ada SKP yang disetujui pada tanggal ini; aktivitas harian diisi setelah SKP disetujui atasan.</source>
            <translation>No approved SKP covers this date; aktivitas harian are recorded once the atasan has approved the SKP.</translation>
        </message>
        <message>
            <source>SKP {awal} s.d. {akhir}</source>
            <translation>SKP {awal} to {akhir}</translation>
        </message>
        <message>
            <source>— tanpa rencana aksi —</source>
            <translation>— no rencana aksi —</translation>
        </message>
        <message>
            <source>({jam} jam)</source>
            <translation>({jam} h)</translation>
        </message>
    </context>
    <context>
        <name>AktivitasHarianPage</name>
        <message>
            <source>Cari uraian, RHK… (Ctrl+F)</source>
            <translation>Search description, RHK… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari aktivitas</source>
            <translation>Search aktivitas</translation>
        </message>
        <message>
            <source>Saring menurut status validasi</source>
            <translation>Filter by validation status</translation>
        </message>
        <message>
            <source>Semua status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Belum divalidasi</source>
            <translation>Not validated yet</translation>
        </message>
        <message>
            <source>Divalidasi</source>
            <translation>Validated</translation>
        </message>
        <message>
            <source>Aktivitas harian pada bulan terpilih</source>
            <translation>Aktivitas harian of the chosen month</translation>
        </message>
        <message>
            <source>Rekap bulan ini</source>
            <translation>Recap of the month</translation>
        </message>
        <message>
            <source>&amp;Tambah Aktivitas…</source>
            <translation>&amp;Add Aktivitas…</translation>
        </message>
        <message>
            <source>Catat aktivitas baru (Insert)</source>
            <translation>Record a new aktivitas (Insert)</translation>
        </message>
        <message>
            <source>&amp;Ubah…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Ubah aktivitas terpilih (Enter atau F2)</source>
            <translation>Edit the selected aktivitas (Enter or F2)</translation>
        </message>
        <message>
            <source>&amp;Hapus</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Hapus aktivitas terpilih (Delete)</source>
            <translation>Delete the selected aktivitas (Delete)</translation>
        </message>
        <message>
            <source>Buka &amp;bukti</source>
            <translation>Open e&amp;vidence</translation>
        </message>
        <message>
            <source>Urungkan</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Ulangi</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Aktivitas Harian</source>
            <translation>Aktivitas Harian</translation>
        </message>
        <message>
            <source>Belum ada aktivitas pada {bulan}. Pilih Tambah Aktivitas (Insert) untuk mencatat pekerjaan hari ini.</source>
            <translation>No aktivitas in {bulan} yet. Choose Add Aktivitas (Insert) to record today's work.</translation>
        </message>
        <message>
            <source>{rhk}: {jumlah} aktivitas, {jam} ({divalidasi} divalidasi)</source>
            <translation>{rhk}: {jumlah} aktivitas, {jam} ({divalidasi} validated)</translation>
        </message>
        <message>
            <source>(tanpa RHK)</source>
            <translation>(no RHK)</translation>
        </message>
        <message>
            <source>Tambah Aktivitas</source>
            <translation>Add Aktivitas</translation>
        </message>
        <message>
            <source>Ubah Aktivitas</source>
            <translation>Edit Aktivitas</translation>
        </message>
        <message>
            <source>Hapus Aktivitas</source>
            <translation>Delete Aktivitas</translation>
        </message>
        <message>
            <source>Hapus aktivitas {hari} pukul {jam}?

{uraian}</source>
            <translation>Delete the aktivitas of {hari}, {jam}?

{uraian}</translation>
        </message>
        <message>
            <source>Hapus</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Aktivitas dihapus. Urungkan dengan Ctrl+Z.</source>
            <translation>Aktivitas deleted. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Aktivitas disimpan.</source>
            <translation>Aktivitas saved.</translation>
        </message>
    </context>
    <context>
        <name>PemilihBulan</name>
        <message>
            <source>Bulan sebelumnya</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Bulan sebelumnya (Ctrl+PgUp)</source>
            <translation>Previous month (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Bulan berikutnya</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Bulan berikutnya (Ctrl+PgDown)</source>
            <translation>Next month (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>Bulan</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Tahun</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Bulan &amp;ini</source>
            <translation>&amp;This month</translation>
        </message>
        <message>
            <source>B&amp;ulan:</source>
            <translation>&amp;Month:</translation>
        </message>
    </context>
    <context>
        <name>PerintahAktivitas</name>
        <message>
            <source>Tambah aktivitas</source>
            <translation>Add aktivitas</translation>
        </message>
        <message>
            <source>Ubah aktivitas</source>
            <translation>Edit aktivitas</translation>
        </message>
        <message>
            <source>Hapus aktivitas</source>
            <translation>Delete aktivitas</translation>
        </message>
    </context>
    <context>
        <name>ValidasiAktivitasPage</name>
        <message>
            <source>Pilih pegawai</source>
            <translation>Choose pegawai</translation>
        </message>
        <message>
            <source>&amp;Pegawai:</source>
            <translation>&amp;Pegawai:</translation>
        </message>
        <message>
            <source>Tampilkan yang sudah &amp;divalidasi</source>
            <translation>Show the &amp;validated ones too</translation>
        </message>
        <message>
            <source>Cari nama, uraian, RHK… (Ctrl+F)</source>
            <translation>Search name, description, RHK… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari aktivitas bawahan</source>
            <translation>Search the subordinates' aktivitas</translation>
        </message>
        <message>
            <source>Aktivitas bawahan; Spasi atau Enter memvalidasi baris terpilih</source>
            <translation>Subordinates' aktivitas; Space or Enter validates the selected rows</translation>
        </message>
        <message>
            <source>Ringkasan</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>&amp;Validasi</source>
            <translation>&amp;Validate</translation>
        </message>
        <message>
            <source>Validasi baris terpilih (Spasi atau Enter)</source>
            <translation>Validate the selected rows (Space or Enter)</translation>
        </message>
        <message>
            <source>Validasi &amp;Semua</source>
            <translation>Validate &amp;All</translation>
        </message>
        <message>
            <source>Validasi semua aktivitas yang ditampilkan</source>
            <translation>Validate every aktivitas shown</translation>
        </message>
        <message>
            <source>&amp;Batal Validasi</source>
            <translation>&amp;Cancel Validation</translation>
        </message>
        <message>
            <source>Batalkan validasi agar pegawai dapat memperbaiki aktivitasnya</source>
            <translation>Cancel the validation so the pegawai can correct the aktivitas</translation>
        </message>
        <message>
            <source>Buka b&amp;ukti</source>
            <translation>Open e&amp;vidence</translation>
        </message>
        <message>
            <source>Validasi Aktivitas</source>
            <translation>Validate Aktivitas</translation>
        </message>
        <message>
            <source>Semua bawahan ({n} menunggu)</source>
            <translation>All subordinates ({n} waiting)</translation>
        </message>
        <message>
            <source>{nama} ({n} menunggu)</source>
            <translation>{nama} ({n} waiting)</translation>
        </message>
        <message>
            <source>{bulan}: {n} aktivitas menunggu validasi ({jam} jam).</source>
            <translation>{bulan}: {n} aktivitas waiting for validation ({jam} hours).</translation>
        </message>
        <message>
            <source>Masih ada {n} aktivitas menunggu di bulan lain.</source>
            <translation>{n} more aktivitas wait in other months.</translation>
        </message>
        <message>
            <source>{n} aktivitas divalidasi.</source>
            <translation>{n} aktivitas validated.</translation>
        </message>
        <message>
            <source>Validasi Semua</source>
            <translation>Validate All</translation>
        </message>
        <message>
            <source>Validasi {n} aktivitas yang ditampilkan?</source>
            <translation>Validate the {n} aktivitas shown?</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Validasi dibatalkan; pegawai dapat memperbaiki aktivitasnya.</source>
            <translation>Validation cancelled; the pegawai can correct the aktivitas.</translation>
        </message>
    </context>
</TS>
