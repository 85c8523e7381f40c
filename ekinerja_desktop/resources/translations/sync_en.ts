<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Koneksi</name>
    <message>
        <source>Isi alamat proxy, mis. http://proxy.kantor.go.id:8080.</source>
        <translation>Enter the proxy address, e.g. http://proxy.office.example:8080.</translation>
    </message>
    <message>
        <source>Hanya proxy HTTP atau HTTPS: awali alamat dengan http:// atau https://.</source>
        <translation>Only HTTP or HTTPS proxies: start the address with http:// or https://.</translation>
    </message>
    <message>
        <source>Tulis nama pengguna dan kata sandi di kolomnya sendiri, bukan di alamat proxy.</source>
        <translation>Enter the user name and password in their own fields, not in the proxy address.</translation>
    </message>
    <message>
        <source>Alamat proxy belum berisi nama host atau alamat IP.</source>
        <translation>The proxy address has no host name or IP address.</translation>
    </message>
    <message>
        <source>Tambahkan nomor port setelah titik dua, mis. :8080.</source>
        <translation>Add the port number after a colon, e.g. :8080.</translation>
    </message>
    <message>
        <source>Nomor port tidak valid: tulis angka 1–65535, mis. :8080.</source>
        <translation>Invalid port number: enter a number 1–65535, e.g. :8080.</translation>
    </message>
    <message>
        <source>Alamat proxy hanya berisi host dan port, mis. http://10.1.1.1:3128.</source>
        <translation>The proxy address holds only host and port, e.g. http://10.1.1.1:3128.</translation>
    </message>
    <message>
        <source>Berhasil: server e-Kinerja menjawab melalui proxy {proxy}.</source>
        <translation>Success: the e-Kinerja server answered through proxy {proxy}.</translation>
    </message>
    <message>
        <source>Berhasil: server e-Kinerja menjawab langsung, tanpa proxy.</source>
        <translation>Success: the e-Kinerja server answered directly, without a proxy.</translation>
    </message>
    <message>
        <source>Proxy {proxy} menolak permintaan. Periksa nama pengguna dan kata sandi proxy, atau tanyakan ke pengelola jaringan kantor apakah alamat server diizinkan.</source>
        <translation>Proxy {proxy} refused the request. Check the proxy user name and password, or ask the office network administrator whether the server address is allowed.</translation>
    </message>
    <message>
        <source>Proxy {proxy} tidak menjawab. Periksa alamat dan port proxy, atau pilih Ikuti pengaturan sistem.</source>
        <translation>Proxy {proxy} does not answer. Check the proxy address and port, or choose Follow system settings.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi melalui proxy {proxy}. Periksa alamat server, atau coba lagi nanti.</source>
        <translation>The server cannot be reached through proxy {proxy}. Check the server address, or try again later.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Periksa koneksi internet dan alamat server; bila kantor memakai proxy, pilih Ikuti pengaturan sistem atau isi proxy-nya.</source>
        <translation>The server cannot be reached. Check the internet connection and the server address; if the office uses a proxy, choose Follow system settings or enter the proxy.</translation>
    </message>
    <message>
        <source>Ada jawaban, tetapi bukan dari server e-Kinerja yang siap: mungkin halaman masuk Wi-Fi atau proxy, atau server sedang bermasalah.</source>
        <translation>Something answered, but not a working e-Kinerja server: perhaps a Wi-Fi or proxy sign-in page, or the server has a problem.</translation>
    </message>
    <message>
        <source>Sertifikat keamanan server tidak dipercaya komputer ini. Bila kantor memeriksa lalu lintas HTTPS, minta pengelola jaringan memasang sertifikat kantor di sistem operasi.</source>
        <translation>This computer does not trust the server&apos;s security certificate. If the office inspects HTTPS traffic, ask the network administrator to install the office certificate in the operating system.</translation>
    </message>
    <message>
        <source>Alamat server tidak dapat dipakai.</source>
        <translation>The server address cannot be used.</translation>
    </message>
    <message>
        <source>(Rincian: {rincian})</source>
        <translation>(Details: {rincian})</translation>
    </message>
</context>
<context>
    <name>KoneksiDialog</name>
    <message>
        <source>Pengaturan Koneksi</source>
        <translation>Connection Settings</translation>
    </message>
    <message>
        <source>Cara aplikasi menghubungi server e-Kinerja. Perubahan berlaku mulai sinkronisasi berikutnya, tanpa membuka ulang aplikasi.</source>
        <extracomment>The address was left once, or Simpan / Uji pressed: its error shows as it is typed.</extracomment>
        <translation>How the app reaches the e-Kinerja server. Changes apply from the next sync, without restarting the app.</translation>
    </message>
    <message>
        <source>&amp;Ikuti pengaturan sistem (disarankan)</source>
        <translation>&amp;Follow system settings (recommended)</translation>
    </message>
    <message>
        <source>&amp;Tanpa proxy (langsung ke server)</source>
        <translation>&amp;No proxy (straight to the server)</translation>
    </message>
    <message>
        <source>Proxy &amp;manual</source>
        <translation>&amp;Manual proxy</translation>
    </message>
    <message>
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Hubungi server sekarang dengan pengaturan di atas</source>
        <translation>Contact the server now with the settings above</translation>
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
        <source>Proxy manual</source>
        <translation>Manual proxy</translation>
    </message>
    <message>
        <source>Alamat proxy</source>
        <translation>Proxy address</translation>
    </message>
    <message>
        <source>http://proxy.kantor.go.id:8080</source>
        <translation>http://proxy.office.example:8080</translation>
    </message>
    <message>
        <source>Nama pengguna proxy</source>
        <translation>Proxy user name</translation>
    </message>
    <message>
        <source>kosongkan bila proxy tanpa nama pengguna</source>
        <translation>leave empty if the proxy needs no user name</translation>
    </message>
    <message>
        <source>Kata sandi proxy</source>
        <translation>Proxy password</translation>
    </message>
    <message>
        <source>tersimpan; isi untuk menggantinya</source>
        <translation>stored; type to replace it</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di penyimpanan kunci sistem operasi, tidak di berkas pengaturan.</source>
        <translation>The password is kept in the operating system&apos;s keyring, not in the settings file.</translation>
    </message>
    <message>
        <source>Proxy sistem untuk server ini: {proxy}</source>
        <translation>System proxy for this server: {proxy}</translation>
    </message>
    <message>
        <source>Sistem tidak memberi proxy untuk server ini: aplikasi terhubung langsung.</source>
        <translation>The system gives no proxy for this server: the app connects directly.</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>Isi alamat server pada jendela Masuk untuk menguji koneksi.</source>
        <translation>Enter the server address in the Sign-in window to test the connection.</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
</context>
<context>
    <name>Konflik</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai saya</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Nilai di server</source>
        <translation>Server value</translation>
    </message>
</context>
<context>
    <name>KonflikPanel</name>
    <message>
        <source>Daftar konflik dan penolakan</source>
        <translation>Conflicts and refusals</translation>
    </message>
    <message>
        <source>Hanya yang perlu keputusan</source>
        <translation>Only those needing a decision</translation>
    </message>
    <message>
        <source>Nilai saya dan nilai di server</source>
        <translation>My value and the server value</translation>
    </message>
    <message>
        <source>Pakai punya &amp;saya</source>
        <translation>Use &amp;mine</translation>
    </message>
    <message>
        <source>Kirim ulang nilai Anda sebagai perubahan baru atas versi terkini di server.</source>
        <translation>Send your value again as a new change on the server&apos;s current version.</translation>
    </message>
    <message>
        <source>Pakai versi ser&amp;ver</source>
        <translation>Use the ser&amp;ver version</translation>
    </message>
    <message>
        <source>Biarkan nilai di server; nilai Anda tetap tercatat di riwayat.</source>
        <translation>Keep the server value; your value stays recorded in the history.</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang dipilih.</source>
        <translation>No conflict selected.</translation>
    </message>
    <message>
        <source>{jenis}: {perubahan} pada {data}. {alasan}</source>
        <translation>{jenis}: {perubahan} on {data}. {alasan}</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>LaptopDemo</name>
    <message>
        <source>Laptop demo %1 sudah terbuka.</source>
        <translation>Demo laptop %1 is already open.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk ke e-Kinerja</source>
        <translation>Sign in to e-Kinerja</translation>
    </message>
    <message>
        <source>Masuk sekali saat terhubung ke internet. Setelah itu aplikasi tetap dapat dipakai tanpa internet; perubahan dikirim saat koneksi kembali.</source>
        <translation>Sign in once while online. After that the app works without internet; changes are sent when the connection returns.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digit, tanpa spasi</source>
        <translation>18 digits, no spaces</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Pengaturan &amp;koneksi (proxy)…</source>
        <translation>&amp;Connection settings (proxy)…</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Bekerja &amp;luring</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <source>Buka data {nama} di komputer ini tanpa masuk ke server.</source>
        <translation>Open {nama}&apos;s data on this computer without signing in to the server.</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Isi alamat server (tanyakan ke admin instansi).</source>
        <translation>Enter the server address (ask your agency admin).</translation>
    </message>
    <message>
        <source>NIP hanya berisi angka.</source>
        <translation>A NIP contains digits only.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Kirim perubahan lalu ambil perubahan orang lain.</source>
        <translation>Send your changes, then fetch others&apos; changes.</translation>
    </message>
    <message>
        <source>Masuk…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Pengaturan &amp;koneksi…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>Proxy: ikuti sistem, tanpa proxy, atau manual</source>
        <translation>Proxy: follow the system, none, or manual</translation>
    </message>
    <message>
        <source>Perubahan yang menunggu dikirim</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Riwayat perubahan yang diterima server</source>
        <translation>History of changes the server received</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Menunggu ({n})</source>
        <translation>Waiting ({n})</translation>
    </message>
    <message>
        <source>Konflik dan penolakan ({n})</source>
        <translation>Conflicts and refusals ({n})</translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Masuk sebagai {nama} (NIP {nip}) di {server}</source>
        <translation>Signed in as {nama} (NIP {nip}) at {server}</translation>
    </message>
    <message>
        <source>Belum masuk ke server. Semua perubahan tersimpan di komputer ini dan akan dikirim setelah Anda masuk.</source>
        <translation>Not signed in to the server. All changes are saved on this computer and will be sent after you sign in.</translation>
    </message>
    <message>
        <source>Terakhir mengirim: {jam}</source>
        <translation>Last sent: {jam}</translation>
    </message>
    <message>
        <source>Terakhir mengambil: {jam}</source>
        <translation>Last fetched: {jam}</translation>
    </message>
    <message>
        <source>Galat terakhir: {galat}</source>
        <translation>Last error: {galat}</translation>
    </message>
    <message>
        <source>Masuk kembali…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai…</source>
        <translation>Sync started…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Luring (belum masuk)</source>
        <translation>Offline (not signed in)</translation>
    </message>
    <message>
        <source>Sinkronisasi tertahan</source>
        <translation>Sync stalled</translation>
    </message>
    <message>
        <source>Mengunggah lampiran… {persen}%</source>
        <translation>Uploading attachment… {persen}%</translation>
    </message>
    <message>
        <source>Mengunduh lampiran…</source>
        <translation>Downloading attachment…</translation>
    </message>
    <message>
        <source>Menyinkronkan… {done}/{total}</source>
        <translation>Syncing… {done}/{total}</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Perlu masuk kembali</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Perlu pembaruan aplikasi</source>
        <translation>App update needed</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>(tertua {umur})</source>
        <translation>(oldest {umur})</translation>
    </message>
    <message>
        <source>Semua perubahan terkirim</source>
        <translation>All changes sent</translation>
    </message>
    <message>
        <source>terakhir {jam} (waktu server)</source>
        <translation>last {jam} (server time)</translation>
    </message>
    <message>
        <source>⚠ jam komputer selisih %n menit</source>
        <translation type="unfinished">⚠ computer clock off by %n minute</translation>
    </message>
    <message>
        <source>Jam komputer ini berbeda lebih dari 5 menit dari server. Perbaiki tanggal dan jam Windows agar waktu yang tercatat benar; sinkronisasi tetap berjalan.</source>
        <translation>This computer&apos;s clock differs from the server by more than 5 minutes. Fix the Windows date and time so recorded times are right; sync keeps working.</translation>
    </message>
    <message>
        <source>Status sinkronisasi</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Klik untuk membuka halaman Sinkronisasi.</source>
        <translation>Click to open the Sync page.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <source>Ekspektasi khusus</source>
        <translation>Specific expectation</translation>
    </message>
    <message>
        <source>Lampiran SKP</source>
        <translation>SKP attachment</translation>
    </message>
    <message>
        <source>Manual indikator</source>
        <translation>Indicator manual</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Tim kerja</source>
        <translation>Work team</translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Aktivitas harian</source>
        <translation>Daily activity</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Unit organisasi</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Jelaskan</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Putuskan</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Perlu keputusan</source>
        <translation>Needs a decision</translation>
    </message>
    <message>
        <source>Pakai punya saya</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation>Use server version</translation>
    </message>
    <message>
        <source>(belum terkirim)</source>
        <translation>(not yet sent)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Disimpan di komputer</source>
        <translation>Saved on this computer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Galat terakhir</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Nomor urut perubahan di server: {n}</source>
        <translation>Change sequence number on the server: {n}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Laptop demo %1 dibuka di jendela baru; perubahan tersinkron lewat server lokal.</source>
        <translation>Demo laptop %1 opened in a new window; changes sync through the local server.</translation>
    </message>
</context>
</TS>
