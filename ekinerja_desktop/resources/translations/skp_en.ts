<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AjukanSkp</name>
    <message>
        <source>Penetapan SKP</source>
        <translation>Setting the SKP</translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin menetapkan SKP ini?</source>
        <translation>Do you really want to set this SKP?</translation>
    </message>
    <message>
        <source>SKP pimpinan unit kerja mandiri tidak memerlukan persetujuan atasan.</source>
        <translation>The SKP of the head of a mandiri unit needs no approval by a superior.</translation>
    </message>
    <message>
        <source>Pengajuan SKP</source>
        <translation>Submitting the SKP</translation>
    </message>
    <message>
        <source>Apakah Anda yakin ingin mengajukan SKP ini?</source>
        <translation>Do you really want to submit this SKP?</translation>
    </message>
    <message>
        <source>Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau.</source>
        <translation>You cannot make changes until the SKP has been reviewed.</translation>
    </message>
    <message>
        <source>Masih ada {n} peringatan:</source>
        <translation>{n} warning(s) remain:</translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DaftarLampiran</name>
    <message>
        <source>Sumber daya yang dibutuhkan untuk memenuhi ekspektasi: SDM, anggaran, peralatan, pendampingan pimpinan, sarana dan prasarana.</source>
        <translation>Resources needed to meet the expectations: staff, budget, equipment, guidance by the leader, facilities.</translation>
    </message>
    <message>
        <source>Kesepakatan data atau bukti dukung dan waktu pelaporan perkembangan hasil kerja.</source>
        <translation>Agreed data or evidence, and when progress on the results is reported.</translation>
    </message>
    <message>
        <source>Konsekuensi bila memenuhi ekspektasi (penghargaan, penugasan baru) dan bila tidak (teguran, pengalihan penugasan).</source>
        <translation>Consequences when expectations are met (recognition, new assignments) and when not (reprimand, reassignment).</translation>
    </message>
    <message>
        <source>Tulis butir baru lalu tekan Enter</source>
        <translation>Type a new item and press Enter</translation>
    </message>
    <message>
        <source>Butir baru {jenis}</source>
        <translation>New {jenis} item</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tambah butir (Enter di kotak isian)</source>
        <translation>Add the item (Enter in the text box)</translation>
    </message>
    <message>
        <source>Hapus butir terpilih (Delete)</source>
        <translation>Delete the selected item (Delete)</translation>
    </message>
    <message>
        <source>Pindahkan ke atas (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <source>Pindahkan ke bawah (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
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
    <name>EditStatusDialog</name>
    <message>
        <source>Edit Status</source>
        <translation>Edit Status</translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Catatan perbaikan</source>
        <translation>Catatan perbaikan</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki pegawai; catatan ini tampil pada SKP-nya.</source>
        <translation>What the pegawai must correct; this note is shown on their SKP.</translation>
    </message>
    <message>
        <source>Status sekarang:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
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
        <source>&amp;Catatan perbaikan (wajib):</source>
        <translation>&amp;Catatan perbaikan (required):</translation>
    </message>
    <message>
        <source>&amp;Catatan (opsional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>Tulis catatan perbaikan untuk pegawai.</source>
        <translation>Write the catatan perbaikan for the pegawai.</translation>
    </message>
</context>
<context>
    <name>HasilKerja</name>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Leader&apos;s RHK intervened</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Indikator kinerja individu (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Indikator kinerja individu dan target</source>
        <translation>IKI and target</translation>
    </message>
    <message>
        <source>{teks} (Penugasan dari {dari})</source>
        <translation>{teks} (Assigned by {dari})</translation>
    </message>
    <message>
        <source>A. UTAMA ({n} RHK)</source>
        <translation>A. UTAMA ({n} RHK)</translation>
    </message>
    <message>
        <source>B. TAMBAHAN ({n} RHK)</source>
        <translation>B. TAMBAHAN ({n} RHK)</translation>
    </message>
    <message>
        <source>(RHK belum diisi)</source>
        <translation>(RHK not written yet)</translation>
    </message>
    <message>
        <source>(belum mengintervensi)</source>
        <translation>(intervenes nothing yet)</translation>
    </message>
    <message>
        <source>(IKI belum diisi)</source>
        <translation>(IKI not written yet)</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(isi target)</source>
        <translation>(enter the target)</translation>
    </message>
</context>
<context>
    <name>HasilKerjaPanel</name>
    <message>
        <source>Hasil kerja: RHK dan IKI</source>
        <translation>Hasil kerja: RHK and IKI</translation>
    </message>
    <message>
        <source>Enter: ubah lewat dialog · F2: ubah di sel · seret atau Alt+↑/↓ untuk memindah</source>
        <translation>Enter: edit in a dialog · F2: edit in the cell · drag or Alt+↑/↓ to move</translation>
    </message>
</context>
<context>
    <name>IdentitasBlok</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/gol. ruang</source>
        <translation>Pangkat/golongan</translation>
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
        <source>(belum ada pejabat penilai)</source>
        <translation>(no pejabat penilai yet)</translation>
    </message>
</context>
<context>
    <name>IkiDialog</name>
    <message>
        <source>kemampuan organisasi memenuhi harapan penerima layanan</source>
        <translation>the organisation&apos;s ability to meet the expectations of those it serves</translation>
    </message>
    <message>
        <source>perbaikan proses yang bernilai tambah bagi pemangku kepentingan</source>
        <translation>process improvements that add value for stakeholders</translation>
    </message>
    <message>
        <source>pengembangan sumber daya organisasi sebagai pengungkit</source>
        <translation>developing the organisation&apos;s resources as a lever</translation>
    </message>
    <message>
        <source>efektivitas dan efisiensi penggunaan anggaran (wajib ada di SKP JPT)</source>
        <translation>effective and efficient use of the budget (required in every JPT SKP)</translation>
    </message>
    <message>
        <source>Ubah IKI</source>
        <translation>Edit IKI</translation>
    </message>
    <message>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>RHK: {teks}</source>
        <translation>RHK: {teks}</translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Indikator kinerja individu (IKI)</translation>
    </message>
    <message>
        <source>Indikator kinerja individu dan target</source>
        <translation>IKI and target</translation>
    </message>
    <message>
        <source>Ukuran keberhasilan, misalnya: Persentase dokumen yang ditetapkan tepat waktu</source>
        <translation>Measure of success, e.g. Percentage of documents adopted on time</translation>
    </message>
    <message>
        <source>Indikator dan target dalam satu narasi</source>
        <translation>Indicator and target as one narrative</translation>
    </message>
    <message>
        <source>Target minimum</source>
        <translation>Minimum target</translation>
    </message>
    <message>
        <source>Target maksimum</source>
        <translation>Maximum target</translation>
    </message>
    <message>
        <source>Satuan target</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>maks (boleh kosong)</source>
        <translation>max (may be empty)</translation>
    </message>
    <message>
        <source>%, dokumen, laporan…</source>
        <translation>%, documents, reports…</translation>
    </message>
    <message>
        <source>(pilih perspektif)</source>
        <translation>(choose a perspektif)</translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>(pilih aspek)</source>
        <translation>(choose an aspek)</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;IKI dan target:</source>
        <translation>&amp;IKI and target:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Perspektif:</source>
        <translation>&amp;Perspektif:</translation>
    </message>
    <message>
        <source>&amp;Aspek:</source>
        <translation>&amp;Aspek:</translation>
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
        <source>Isi indikator terlebih dahulu.</source>
        <translation>Write the indicator first.</translation>
    </message>
    <message>
        <source>Teks IKI terlalu panjang ({n} dari {maks} karakter).</source>
        <translation>The IKI text is too long ({n} of {maks} characters).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Maks</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>KepalaSkp</name>
    <message>
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <source>Edit &amp;Status…</source>
        <translation>Edit &amp;Status…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tutup halaman SKP ini (Ctrl+W)</source>
        <translation>Close this SKP page (Ctrl+W)</translation>
    </message>
    <message>
        <source>Pegawai yang dinilai</source>
        <translation>Pegawai yang dinilai</translation>
    </message>
    <message>
        <source>Pejabat penilai kinerja</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai · {periode}</source>
        <translation>Sasaran Kinerja Pegawai · {periode}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catatan perbaikan dari pejabat penilai{siapa}:&lt;/b&gt; {catatan}</source>
        <translation>&lt;b&gt;Catatan perbaikan from the pejabat penilai{siapa}:&lt;/b&gt; {catatan}</translation>
    </message>
    <message>
        <source>&amp;Tetapkan SKP…</source>
        <translation>&amp;Set SKP…</translation>
    </message>
    <message>
        <source>&amp;Ajukan SKP…</source>
        <translation>&amp;Submit SKP…</translation>
    </message>
</context>
<context>
    <name>KosongSalin</name>
    <message>
        <source>Salin dari SKP sebelumnya…</source>
        <translation>Copy from an earlier SKP…</translation>
    </message>
    <message>
        <source>Tambah RHK…</source>
        <translation>Add RHK…</translation>
    </message>
    <message>
        <source>SKP ini belum memiliki RHK — salin dari SKP sebelumnya agar tidak perlu mengetik ulang, atau tambahkan RHK baru.</source>
        <translation>This SKP has no RHK yet — copy them from an earlier SKP so nothing has to be retyped, or add a new RHK.</translation>
    </message>
    <message>
        <source>SKP ini belum memiliki RHK — tambahkan RHK pertama.</source>
        <translation>This SKP has no RHK yet — add the first RHK.</translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Indikator kinerja individu (IKI)</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Simpan manual</source>
        <translation>&amp;Save manual</translation>
    </message>
    <message>
        <source>Simpan manual indikator ini (Ctrl+S)</source>
        <translation>Save this indicator&apos;s manual (Ctrl+S)</translation>
    </message>
    <message>
        <source>Rencana hasil kerja:</source>
        <translation>Rencana hasil kerja:</translation>
    </message>
    <message>
        <source>Indikator kinerja:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>&amp;Definisi:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formula:</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Sat&amp;uan pengukuran:</source>
        <translation>Measurement &amp;unit:</translation>
    </message>
    <message>
        <source>Satuan pengukuran</source>
        <translation>Measurement unit</translation>
    </message>
    <message>
        <source>&amp;Kualitas dan tingkat kendali:</source>
        <translation>&amp;Quality and level of control:</translation>
    </message>
    <message>
        <source>Kualitas dan tingkat kendali</source>
        <translation>Quality and level of control</translation>
    </message>
    <message>
        <source>Sumber &amp;data:</source>
        <translation>&amp;Data source:</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>&amp;Periode pelaporan:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Periode pelaporan</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Belum ada IKI. Tambahkan IKI pada tab Hasil Kerja.</source>
        <translation>No IKI yet. Add IKI on the Hasil Kerja tab.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Belum diisi.</source>
        <translation>Not filled in yet.</translation>
    </message>
</context>
<context>
    <name>PerilakuModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan F2 untuk menulis ekspektasi khusus.</source>
        <translation>Double-click or press F2 to write the ekspektasi khusus.</translation>
    </message>
</context>
<context>
    <name>PerilakuPanel</name>
    <message>
        <source>Perilaku kerja dan ekspektasi khusus pimpinan</source>
        <translation>Perilaku kerja and ekspektasi khusus pimpinan</translation>
    </message>
</context>
<context>
    <name>PerintahSkp</name>
    <message>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <source>Ubah RHK</source>
        <translation>Edit RHK</translation>
    </message>
    <message>
        <source>Hapus RHK</source>
        <translation>Delete RHK</translation>
    </message>
    <message>
        <source>Pindahkan RHK</source>
        <translation>Move RHK</translation>
    </message>
    <message>
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <source>Ubah IKI</source>
        <translation>Edit IKI</translation>
    </message>
    <message>
        <source>Hapus IKI</source>
        <translation>Delete IKI</translation>
    </message>
    <message>
        <source>Pindahkan IKI</source>
        <translation>Move IKI</translation>
    </message>
    <message>
        <source>Tambah butir lampiran</source>
        <translation>Add lampiran item</translation>
    </message>
    <message>
        <source>Ubah butir lampiran</source>
        <translation>Edit lampiran item</translation>
    </message>
    <message>
        <source>Hapus butir lampiran</source>
        <translation>Delete lampiran item</translation>
    </message>
    <message>
        <source>Pindahkan butir lampiran</source>
        <translation>Move lampiran item</translation>
    </message>
    <message>
        <source>Ubah ekspektasi khusus</source>
        <translation>Edit ekspektasi khusus</translation>
    </message>
    <message>
        <source>Ubah manual indikator</source>
        <translation>Edit indicator manual</translation>
    </message>
    <message>
        <source>Salin dari SKP sebelumnya</source>
        <translation>Copy from an earlier SKP</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <source>Ubah RHK</source>
        <translation>Edit RHK</translation>
    </message>
    <message>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <source>Cari RHK atau IKI pimpinan…</source>
        <translation>Search the leader&apos;s RHK or IKI…</translation>
    </message>
    <message>
        <source>Cari RHK pimpinan</source>
        <translation>Search the leader&apos;s RHK</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Leader&apos;s RHK intervened</translation>
    </message>
    <message>
        <source>Pimpinan Anda belum memiliki RHK untuk periode SKP ini. Anda tetap dapat menyimpan RHK ini dan memilih RHK pimpinan nanti.</source>
        <translation>Your leader has no RHK for this SKP&apos;s period yet. You can still save this RHK and choose the leader&apos;s RHK later.</translation>
    </message>
    <message>
        <source>Organisasi — tertaut di unit organisasi / tim kerja</source>
        <translation>Organisasi — tied to a unit or tim kerja</translation>
    </message>
    <message>
        <source>Individu</source>
        <translation>Individu</translation>
    </message>
    <message>
        <source>Unit: {nama}</source>
        <translation>Unit: {nama}</translation>
    </message>
    <message>
        <source>Tim kerja: {nama}</source>
        <translation>Tim kerja: {nama}</translation>
    </message>
    <message>
        <source>Hasil yang diharapkan, dalam bahasa hasil, bukan aktivitas</source>
        <translation>The expected result, phrased as a result, not an activity</translation>
    </message>
    <message>
        <source>Jabatan pimpinan yang menugaskan</source>
        <translation>Jabatan of the assigning leader</translation>
    </message>
    <message>
        <source>Klasifikasi RHK</source>
        <translation>RHK klasifikasi</translation>
    </message>
    <message>
        <source>Unit organisasi atau tim kerja</source>
        <translation>Unit or tim kerja</translation>
    </message>
    <message>
        <source>Jenis RHK</source>
        <translation>RHK jenis</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Penugasan dari</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <source>&amp;Klasifikasi RHK:</source>
        <translation>&amp;Klasifikasi:</translation>
    </message>
    <message>
        <source>&amp;Unit/tim kerja:</source>
        <translation>&amp;Unit/tim kerja:</translation>
    </message>
    <message>
        <source>&amp;Jenis RHK:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Rencana hasil kerja:</source>
        <translation>&amp;Rencana hasil kerja:</translation>
    </message>
    <message>
        <source>&amp;Penugasan dari:</source>
        <translation>Assigned &amp;by:</translation>
    </message>
    <message>
        <source>&lt;b&gt;RHK Organisasi&lt;/b&gt; tertaut dengan unit kerja atau tim kerja dan diwariskan kepada pejabat berikutnya di tahun yang sama. &lt;b&gt;RHK Individu&lt;/b&gt; tertaut kepada Anda saja.</source>
        <translation>An &lt;b&gt;Organisasi RHK&lt;/b&gt; is tied to a unit or tim kerja and passes to the next office holder in the same year. An &lt;b&gt;Individu RHK&lt;/b&gt; is tied to you alone.</translation>
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
        <source>RHK &amp;pimpinan yang diintervensi:</source>
        <translation>&amp;Leader&apos;s RHK intervened:</translation>
    </message>
    <message>
        <source>{n} dari {maks} karakter</source>
        <translation>{n} of {maks} characters</translation>
    </message>
    <message>
        <source>Isi rencana hasil kerja terlebih dahulu.</source>
        <translation>Write the rencana hasil kerja first.</translation>
    </message>
    <message>
        <source>Rencana hasil kerja terlalu panjang.</source>
        <translation>The rencana hasil kerja is too long.</translation>
    </message>
</context>
<context>
    <name>RhkPimpinanModel</name>
    <message>
        <source>(Tidak mengintervensi RHK pimpinan)</source>
        <translation>(Intervenes no leader&apos;s RHK)</translation>
    </message>
</context>
<context>
    <name>RiwayatPanel</name>
    <message>
        <source>Riwayat status SKP</source>
        <translation>SKP status history</translation>
    </message>
</context>
<context>
    <name>RiwayatSkp</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SalinSkp</name>
    <message>
        <source>RHK dan IKI</source>
        <translation>RHK and IKI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Leader&apos;s RHK intervened</translation>
    </message>
    <message>
        <source>RHK {jenis} ({n})</source>
        <translation>RHK {jenis} ({n})</translation>
    </message>
    <message>
        <source>(dikosongkan: pilih ulang setelah disalin)</source>
        <translation>(left empty: choose again after copying)</translation>
    </message>
</context>
<context>
    <name>SalinSkpDialog</name>
    <message>
        <source>Salin dari SKP sebelumnya</source>
        <translation>Copy from an earlier SKP</translation>
    </message>
    <message>
        <source>Pilih SKP Anda sebelumnya, lalu centang RHK dan IKI yang akan disalin ke SKP ini. RHK ditambahkan di akhir kelompoknya (Utama/Tambahan); Urungkan (Ctrl+Z) membatalkan seluruh salinan.</source>
        <translation>Choose one of your earlier SKPs, then tick the RHK and IKI to copy into this SKP. RHK are added at the end of their group (Utama/Tambahan); Undo (Ctrl+Z) takes back the whole copy.</translation>
    </message>
    <message>
        <source>SKP sumber</source>
        <translation>Source SKP</translation>
    </message>
    <message>
        <source>SKP &amp;sumber:</source>
        <translation>&amp;Source SKP:</translation>
    </message>
    <message>
        <source>RHK dan IKI yang akan disalin</source>
        <translation>RHK and IKI to copy</translation>
    </message>
    <message>
        <source>Centang s&amp;emua</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>&amp;Kosongkan centang</source>
        <translation>&amp;Clear ticks</translation>
    </message>
    <message>
        <source>Sa&amp;lin</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>SKP {tahun} · {periode} · {status} · {n} RHK</source>
        <translation>SKP {tahun} · {periode} · {status} · {n} RHK</translation>
    </message>
    <message>
        <source> · PLT/PLH</source>
        <translation> · PLT/PLH</translation>
    </message>
    <message>
        <source>Anda belum memiliki SKP lain yang dimulai sebelum SKP ini, jadi belum ada yang dapat disalin. Tambahkan RHK dengan Tambah RHK (Ctrl+R).</source>
        <translation>You have no other SKP starting before this one, so there is nothing to copy yet. Add RHK with Add RHK (Ctrl+R).</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan tidak disalin (ditulis pejabat penilai). RHK pimpinan yang diintervensi hanya disalin bila masih dapat diintervensi dari SKP ini (RHK atasan atau ketua tim pada SKP yang periodenya beririsan); selainnya dikosongkan dan ditandai pada pemeriksaan kelengkapan.</source>
        <translation>The leader&apos;s ekspektasi khusus are not copied (the pejabat penilai writes them). The leader&apos;s RHK intervened is copied only when this SKP may still intervene it (an RHK of the atasan or ketua tim in an SKP whose period overlaps); otherwise it is left empty and flagged by the completeness check.</translation>
    </message>
    <message>
        <source>SKP sumber berformat {sumber}, SKP ini {ini}: aspek dan perspektif tidak disalin.</source>
        <translation>The source SKP has the {sumber} format, this SKP {ini}: aspek and perspektif are not copied.</translation>
    </message>
    <message>
        <source>Pendekatan berbeda ({sumber} → {ini}): target IKI tidak disalin ke kolom target; pada SKP kualitatif target dimasukkan ke narasi IKI.</source>
        <translation>Different pendekatan ({sumber} → {ini}): IKI targets are not copied into the target columns; in a kualitatif SKP the target goes into the IKI narrative.</translation>
    </message>
    <message>
        <source>Akan disalin: {rhk} RHK, {iki} IKI.</source>
        <translation>To copy: {rhk} RHK, {iki} IKI.</translation>
    </message>
</context>
<context>
    <name>SkpEditorHost</name>
    <message>
        <source>&amp;Tambah SKP…</source>
        <translation>&amp;Add SKP…</translation>
    </message>
    <message>
        <source>&amp;SKP</source>
        <translation>&amp;SKP</translation>
    </message>
    <message>
        <source>Pilih pengguna terlebih dahulu.</source>
        <translation>Choose a user first.</translation>
    </message>
</context>
<context>
    <name>SkpEditorPage</name>
    <message>
        <source>Tambah &amp;RHK…</source>
        <translation>Add &amp;RHK…</translation>
    </message>
    <message>
        <source>Tambah &amp;IKI…</source>
        <translation>Add &amp;IKI…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Pindah ke a&amp;tas</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Pindah ke &amp;bawah</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>U&amp;lang</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Periksa kelengkapan</source>
        <translation>&amp;Check completeness</translation>
    </message>
    <message>
        <source>&amp;Ajukan SKP…</source>
        <translation>&amp;Submit SKP…</translation>
    </message>
    <message>
        <source>Edit &amp;Status…</source>
        <translation>Edit &amp;Status…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang data pegawai</source>
        <translation>&amp;Reload pegawai data</translation>
    </message>
    <message>
        <source>Perbarui identitas pegawai dan pejabat penilai dari data terkini</source>
        <translation>Refresh the pegawai and pejabat penilai identities from current data</translation>
    </message>
    <message>
        <source>&amp;Tutup SKP</source>
        <translation>&amp;Close SKP</translation>
    </message>
    <message>
        <source>Tab Hasil &amp;Kerja</source>
        <translation>Hasil &amp;Kerja tab</translation>
    </message>
    <message>
        <source>Tab P&amp;erilaku Kerja</source>
        <translation>P&amp;erilaku Kerja tab</translation>
    </message>
    <message>
        <source>Tab &amp;Lampiran</source>
        <translation>&amp;Lampiran tab</translation>
    </message>
    <message>
        <source>Tab Ma&amp;nual Indikator</source>
        <translation>Ma&amp;nual Indikator tab</translation>
    </message>
    <message>
        <source>Tab Ri&amp;wayat</source>
        <translation>&amp;History tab</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hasil Kerja</source>
        <translation>Hasil Kerja</translation>
    </message>
    <message>
        <source>Salin &amp;dari SKP sebelumnya…</source>
        <translation>Copy &amp;from an earlier SKP…</translation>
    </message>
    <message>
        <source>Salin RHK dan IKI dari SKP Anda sebelumnya ke SKP ini</source>
        <translation>Copy RHK and IKI from one of your earlier SKPs into this SKP</translation>
    </message>
    <message>
        <source>Salin SKP lalu</source>
        <translation>Copy old SKP</translation>
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
        <source>Perilaku Kerja</source>
        <translation>Perilaku Kerja</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Manual Indikator</source>
        <translation>Manual Indikator</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>SKP ini sudah dihapus atau tidak tersedia di komputer ini.</source>
        <translation>This SKP was deleted or is not available on this computer.</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>SKP {nama} {tahun}</source>
        <translation>SKP {nama} {tahun}</translation>
    </message>
    <message>
        <source>SKP {tahun}</source>
        <translation>SKP {tahun}</translation>
    </message>
    <message>
        <source>Hasil Kerja ({n} RHK)</source>
        <translation>Hasil Kerja ({n} RHK)</translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Sebagai pejabat penilai, tulis ekspektasi khusus pada kolom kanan (klik dua kali atau F2). Ekspektasi dapat ditulis selama SKP berstatus Draft atau Pengajuan.</source>
        <translation>As pejabat penilai, write the ekspektasi khusus in the right column (double-click or F2). It can be written while the SKP is Draft or Pengajuan.</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan ditulis oleh pejabat penilai kinerja saat meninjau SKP.</source>
        <translation>The ekspektasi khusus pimpinan is written by the pejabat penilai kinerja when reviewing the SKP.</translation>
    </message>
    <message>
        <source>Perubahan ditolak.</source>
        <translation>The change was refused.</translation>
    </message>
    <message>
        <source>{rhk} RHK dan {iki} IKI disalin; Urungkan (Ctrl+Z) membatalkan.</source>
        <translation>{rhk} RHK and {iki} IKI copied; Undo (Ctrl+Z) takes it back.</translation>
    </message>
    <message>
        <source>{n} RHK perlu memilih ulang RHK pimpinan yang diintervensi.</source>
        <translation>{n} RHK need their leader&apos;s RHK chosen again.</translation>
    </message>
    <message>
        <source>Pilih RHK yang akan ditambah IKI-nya.</source>
        <translation>Choose the RHK to add an IKI to.</translation>
    </message>
    <message>
        <source>Lihat (hanya baca)</source>
        <translation>View (read-only)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus IKI “{teks}”?</source>
        <translation>Delete IKI “{teks}”?</translation>
    </message>
    <message>
        <source>Hapus RHK “{teks}” beserta {n} IKI-nya?</source>
        <translation>Delete RHK “{teks}” with its {n} IKI?</translation>
    </message>
    <message>
        <source>Anda dapat membatalkannya dengan Urungkan (Ctrl+Z).</source>
        <translation>You can take it back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>SKP belum dapat diajukan: {n} kesalahan harus diperbaiki. Klik sebuah baris pada daftar pemeriksaan untuk menuju RHK/IKI-nya.</source>
        <translation>The SKP cannot be submitted yet: {n} error(s) must be fixed. Click a line of the check list to go to its RHK/IKI.</translation>
    </message>
    <message>
        <source>SKP diajukan kepada pejabat penilai.</source>
        <translation>The SKP was submitted to the pejabat penilai.</translation>
    </message>
    <message>
        <source>SKP ditetapkan.</source>
        <translation>The SKP was set.</translation>
    </message>
    <message>
        <source>Status SKP diubah menjadi {status}.</source>
        <translation>SKP status changed to {status}.</translation>
    </message>
    <message>
        <source>Data pegawai dan pejabat penilai diperbarui.</source>
        <translation>Pegawai and pejabat penilai data refreshed.</translation>
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
    <name>TambahSkpDialog</name>
    <message>
        <source>Tambah SKP</source>
        <translation>Add SKP</translation>
    </message>
    <message>
        <source>Belum ada atasan pada data pegawai Anda.</source>
        <translation>Your pegawai record names no superior yet.</translation>
    </message>
    <message>
        <source>Cek terlebih dahulu data unit dan atasan sebelum membuat SKP. Jika ada yang salah, minta admin memperbaikinya; SKP tetap dapat disusun, lalu tekan Muat ulang di halaman SKP setelah data diperbaiki.</source>
        <translation>Check the unit and superior before creating the SKP. If something is wrong, ask the admin to correct it; you can still draft the SKP, then press Reload on its page once the data is corrected.</translation>
    </message>
    <message>
        <source>SKP &amp;PLT/PLH</source>
        <translation>SKP &amp;PLT/PLH</translation>
    </message>
    <message>
        <source>Penugasan PLT/PLH</source>
        <translation>PLT/PLH assignment</translation>
    </message>
    <message>
        <source>Periode awal</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Periode akhir</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Pendekatan</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Kuantitatif — target berbasis angka</source>
        <translation>Kuantitatif — numeric targets</translation>
    </message>
    <message>
        <source>Kualitatif — target tidak berbasis angka</source>
        <translation>Kualitatif — narrative targets</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Atasan:</source>
        <translation>Superior:</translation>
    </message>
    <message>
        <source>Unit atasan:</source>
        <translation>Superior&apos;s unit:</translation>
    </message>
    <message>
        <source>Penugasan:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>Periode &amp;awal:</source>
        <translation>Period &amp;start:</translation>
    </message>
    <message>
        <source>Periode a&amp;khir:</source>
        <translation>Period &amp;end:</translation>
    </message>
    <message>
        <source>&amp;Pendekatan:</source>
        <translation>&amp;Pendekatan:</translation>
    </message>
    <message>
        <source>Buat SKP</source>
        <translation>Create SKP</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ValidasiPanel</name>
    <message>
        <source>Hasil pemeriksaan SKP</source>
        <translation>SKP check results</translation>
    </message>
    <message>
        <source>&lt;b&gt;Belum dapat diajukan:&lt;/b&gt; {e} kesalahan harus diperbaiki, {w} peringatan. Klik sebuah baris untuk menuju RHK/IKI-nya.</source>
        <translation>&lt;b&gt;Cannot be submitted yet:&lt;/b&gt; {e} error(s) to fix, {w} warning(s). Click a line to go to its RHK/IKI.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Siap diajukan&lt;/b&gt;, dengan {w} peringatan (tidak menghalangi pengajuan).</source>
        <translation>&lt;b&gt;Ready to submit&lt;/b&gt;, with {w} warning(s) (they do not block submission).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Siap diajukan:&lt;/b&gt; semua pemeriksaan terpenuhi.</source>
        <translation>&lt;b&gt;Ready to submit:&lt;/b&gt; every check passes.</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
</context>
</TS>
