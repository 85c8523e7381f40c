<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>App</name>
    <message>
        <source>e-Kinerja Desktop tidak dapat dibuka</source>
        <translation>e-Kinerja Desktop cannot be opened</translation>
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
</TS>
