<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Konflik</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="56"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="56"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="62"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="63"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="64"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="66"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="71"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="94"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="95"/>
        <source>Nilai saya</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="96"/>
        <source>Nilai di server</source>
        <translation>Server value</translation>
    </message>
</context>
<context>
    <name>KonflikPanel</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="121"/>
        <source>Daftar konflik dan penolakan</source>
        <translation>Conflicts and refusals</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="132"/>
        <source>Hanya yang perlu keputusan</source>
        <translation>Only those needing a decision</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="142"/>
        <source>Nilai saya dan nilai di server</source>
        <translation>My value and the server value</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="150"/>
        <source>Pakai punya &amp;saya</source>
        <translation>Use &amp;mine</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="153"/>
        <source>Kirim ulang nilai Anda sebagai perubahan baru atas versi terkini di server.</source>
        <translation>Send your value again as a new change on the server's current version.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="156"/>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="250"/>
        <source>Pakai versi ser&amp;ver</source>
        <translation>Use the ser&amp;ver version</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="159"/>
        <source>Biarkan nilai di server; nilai Anda tetap tercatat di riwayat.</source>
        <translation>Keep the server value; your value stays recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="230"/>
        <source>Tidak ada konflik yang dipilih.</source>
        <translation>No conflict selected.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="235"/>
        <source>{jenis}: {perubahan} pada {data}. {alasan}</source>
        <translation>{jenis}: {perubahan} on {data}. {alasan}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/konflik.py" line="250"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="40"/>
        <source>Masuk ke e-Kinerja</source>
        <translation>Sign in to e-Kinerja</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="47"/>
        <source>Masuk sekali saat terhubung ke internet. Setelah itu aplikasi tetap dapat dipakai tanpa internet; perubahan dikirim saat koneksi kembali.</source>
        <translation>Sign in once while online. After that the app works without internet; changes are sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="54"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="58"/>
        <source>18 digit, tanpa spasi</source>
        <translation>18 digits, no spaces</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="62"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="65"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="66"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="67"/>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="80"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="85"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="91"/>
        <source>Bekerja &amp;luring</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="94"/>
        <source>Buka data {nama} di komputer ini tanpa masuk ke server.</source>
        <translation>Open {nama}'s data on this computer without signing in to the server.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="101"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="122"/>
        <source>Isi alamat server (tanyakan ke admin instansi).</source>
        <translation>Enter the server address (ask your agency admin).</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="125"/>
        <source>NIP hanya berisi angka.</source>
        <translation>A NIP contains digits only.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sign_in.py" line="128"/>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="132"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="135"/>
        <source>Kirim perubahan lalu ambil perubahan orang lain.</source>
        <translation>Send your changes, then fetch others' changes.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="137"/>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="234"/>
        <source>Masuk…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="144"/>
        <source>Perubahan yang menunggu dikirim</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="146"/>
        <source>Riwayat perubahan yang diterima server</source>
        <translation>History of changes the server received</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="176"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="196"/>
        <source>Menunggu ({n})</source>
        <translation>Waiting ({n})</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="197"/>
        <source>Konflik dan penolakan ({n})</source>
        <translation>Conflicts and refusals ({n})</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="198"/>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="205"/>
        <source>Masuk sebagai {nama} (NIP {nip}) di {server}</source>
        <translation>Signed in as {nama} (NIP {nip}) at {server}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="212"/>
        <source>Belum masuk ke server. Semua perubahan tersimpan di komputer ini dan akan dikirim setelah Anda masuk.</source>
        <translation>Not signed in to the server. All changes are saved on this computer and will be sent after you sign in.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="218"/>
        <source>Terakhir mengirim: {jam}</source>
        <translation>Last sent: {jam}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="222"/>
        <source>Terakhir mengambil: {jam}</source>
        <translation>Last fetched: {jam}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="227"/>
        <source>Galat terakhir: {galat}</source>
        <translation>Last error: {galat}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="234"/>
        <source>Masuk kembali…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="240"/>
        <source>Sinkronisasi dimulai…</source>
        <translation>Sync started…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="34"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="36"/>
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="38"/>
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="39"/>
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="70"/>
        <source>Luring (belum masuk)</source>
        <translation>Offline (not signed in)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="73"/>
        <source>Sinkronisasi tertahan</source>
        <translation>Sync stalled</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="81"/>
        <source>Menyinkronkan… {done}/{total}</source>
        <translation>Syncing… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="86"/>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="89"/>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="92"/>
        <source>Perlu masuk kembali</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="95"/>
        <source>Perlu pembaruan aplikasi</source>
        <translation>App update needed</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="98"/>
        <source>Sinkronisasi gagal</source>
        <translation>Sync failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="104"/>
        <source>%n perubahan menunggu</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="106"/>
        <source>(tertua {umur})</source>
        <translation>(oldest {umur})</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="111"/>
        <source>Semua perubahan terkirim</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="113"/>
        <source>%n konflik</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="116"/>
        <source>%n ditolak</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="122"/>
        <source>terakhir {jam} (waktu server)</source>
        <translation>last {jam} (server time)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="127"/>
        <source>⚠ jam komputer selisih %n menit</source>
        <translation>
            <numerusform>⚠ computer clock off by %n minute</numerusform>
            <numerusform>⚠ computer clock off by %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="129"/>
        <source>Jam komputer ini berbeda lebih dari 5 menit dari server. Perbaiki tanggal dan jam Windows agar waktu yang tercatat benar; sinkronisasi tetap berjalan.</source>
        <translation>This computer's clock differs from the server by more than 5 minutes. Fix the Windows date and time so recorded times are right; sync keeps working.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="150"/>
        <source>Status sinkronisasi</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/indicator.py" line="182"/>
        <source>Klik untuk membuka halaman Sinkronisasi.</source>
        <translation>Click to open the Sync page.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="14"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="15"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="16"/>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="17"/>
        <source>Ekspektasi khusus</source>
        <translation>Specific expectation</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="18"/>
        <source>Lampiran SKP</source>
        <translation>SKP attachment</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="19"/>
        <source>Manual indikator</source>
        <translation>Indicator manual</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="20"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="21"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="22"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="23"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="24"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="25"/>
        <source>Penilaian</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="26"/>
        <source>Keberatan</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="27"/>
        <source>Tim kerja</source>
        <translation>Work team</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="28"/>
        <source>Anggota tim</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="29"/>
        <source>Aktivitas harian</source>
        <translation>Daily activity</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="30"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="31"/>
        <source>Unit organisasi</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="38"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="47"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="39"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="40"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="41"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="42"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="48"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="43"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="44"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="45"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="46"/>
        <source>Isi</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="49"/>
        <source>Jelaskan</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="50"/>
        <source>Putuskan</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="63"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="64"/>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="65"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="75"/>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="66"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="77"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="84"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="67"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="78"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="86"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="73"/>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="76"/>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="74"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="92"/>
        <source>Perlu keputusan</source>
        <translation>Needs a decision</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="94"/>
        <source>Pakai punya saya</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="96"/>
        <source>Pakai versi server</source>
        <translation>Use server version</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/labels.py" line="98"/>
        <source>(belum terkirim)</source>
        <translation>(not yet sent)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="46"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="47"/>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="58"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="48"/>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="59"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="49"/>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="60"/>
        <source>Disimpan di komputer</source>
        <translation>Saved on this computer</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="51"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="52"/>
        <source>Galat terakhir</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="61"/>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="62"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="64"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/sync/sync_page.py" line="66"/>
        <source>Nomor urut perubahan di server: {n}</source>
        <translation>Change sequence number on the server: {n}</translation>
    </message>
</context>
</TS>
