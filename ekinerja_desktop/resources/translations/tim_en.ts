<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>BuatSkpDialog</name>
    <message>
        <source>Buat SKP untuk {pegawai}</source>
        <translation>Create SKP for {pegawai}</translation>
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
        <source>Pendekatan SKP</source>
        <translation>SKP pendekatan</translation>
    </message>
    <message>
        <source>SKP dibuat berstatus Draft atas nama pegawai tersebut; pegawai kemudian menyusun isinya dan mengajukannya sendiri.</source>
        <translation>The SKP is created as a Draft in the name of that pegawai; the pegawai then drafts its content and submits it themselves.</translation>
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
</context>
<context>
    <name>DialogSimpan</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MphGrid</name>
    <message>
        <source>tidak ada peran</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>Tidak ada peran</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>+{n} RHK lainnya</source>
        <translation>+{n} more RHK</translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation>No SKP yet</translation>
    </message>
    <message>
        <source>unit lain</source>
        <translation>other unit</translation>
    </message>
    <message>
        <source>{status} · {n} SKP</source>
        <translation>{status} · {n} SKPs</translation>
    </message>
    <message>
        <source>Pegawai / jabatan / status SKP</source>
        <translation>Pegawai / jabatan / SKP status</translation>
    </message>
</context>
<context>
    <name>MphPage</name>
    <message>
        <source>Matriks yang ditampilkan</source>
        <translation>Matrix shown</translation>
    </message>
    <message>
        <source>&amp;Matriks:</source>
        <translation>&amp;Matrix:</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Cari pegawai… (Ctrl+F)</source>
        <translation>Search pegawai… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari pegawai di matriks</source>
        <translation>Search pegawai in the matrix</translation>
    </message>
    <message>
        <source>Hanya tanpa &amp;peran</source>
        <translation>Only without a &amp;role</translation>
    </message>
    <message>
        <source>Hanya pegawai tanpa peran</source>
        <translation>Only pegawai without a role</translation>
    </message>
    <message>
        <source>Ringkasan matriks</source>
        <translation>Matrix summary</translation>
    </message>
    <message>
        <source>Matriks peran hasil</source>
        <translation>Matriks peran hasil</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi SKP Bawahan</source>
        <translation>&amp;Refresh subordinates&apos; SKPs</translation>
    </message>
    <message>
        <source>Muat ulang matriks dari SKP bawahan yang terbaru (F5)</source>
        <translation>Reload the matrix from the latest subordinates&apos; SKPs (F5)</translation>
    </message>
    <message>
        <source>Tambah &amp;Pegawai</source>
        <translation>Add &amp;Pegawai</translation>
    </message>
    <message>
        <source>Tambah &amp;RHK</source>
        <translation>Add &amp;RHK</translation>
    </message>
    <message>
        <source>&amp;Buat SKP</source>
        <translation>&amp;Create SKP</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation>Matriks Peran Hasil</translation>
    </message>
    <message>
        <source>{judul} · {nama}, {jabatan} · tahun {tahun}</source>
        <translation>{judul} · {nama}, {jabatan} · year {tahun}</translation>
    </message>
    <message>
        <source>{nama} belum memiliki RHK untuk matriks ini; kolom peran akan muncul setelah RHK ditambahkan pada SKP-nya.</source>
        <translation>{nama} has no RHK for this matrix yet; the role columns appear once RHK are added to their SKP.</translation>
    </message>
    <message>
        <source>Belum ada pengguna.</source>
        <translation>No user yet.</translation>
    </message>
    <message>
        <source>Belum ada matriks untuk Anda tahun {tahun}. Matriks unit kerja tersedia bagi pimpinan yang sudah membuat SKP; matriks tim kerja bagi ketua dan anggota tim.</source>
        <translation>No matrix for you in {tahun}. The unit matrix is for a pimpinan who has made an SKP; a team matrix for the ketua and anggota of the tim kerja.</translation>
    </message>
    <message>
        <source>Ketua tim ini belum diatur. JPT mengaturnya di halaman Tim Kerja setelah “Generate SKP Organisasi”.</source>
        <translation>This team has no ketua yet. The JPT sets one on the Tim Kerja page after “Generate SKP Organisasi”.</translation>
    </message>
    <message>
        <source>{n} pegawai · {ada} dengan peran · {tanpa} tanpa peran</source>
        <translation>{n} pegawai · {ada} with a role · {tanpa} without a role</translation>
    </message>
    <message>
        <source> · {shown} ditampilkan</source>
        <translation> · {shown} shown</translation>
    </message>
    <message>
        <source>   (• mengintervensi langsung · ↳ melalui RHK lain, lihat tooltip)</source>
        <translation>   (• intervenes directly · ↳ through another RHK, see the tooltip)</translation>
    </message>
    <message>
        <source>Matriks dimuat ulang dari SKP bawahan terbaru.</source>
        <translation>Matrix reloaded from the latest subordinates&apos; SKPs.</translation>
    </message>
    <message>
        <source>RHK ditambahkan ke SKP {nama}.</source>
        <translation>RHK added to the SKP of {nama}.</translation>
    </message>
    <message>
        <source>SKP Draft dibuat untuk {nama}.</source>
        <translation>Draft SKP created for {nama}.</translation>
    </message>
    <message>
        <source>Tambah Anggota Tim</source>
        <translation>Add Team Anggota</translation>
    </message>
    <message>
        <source>Anggota tim ditambahkan.</source>
        <translation>Team anggota added.</translation>
    </message>
    <message>
        <source>Tambah Pegawai ke Matriks</source>
        <translation>Add Pegawai to the Matrix</translation>
    </message>
    <message>
        <source>&amp;Lanjut: Tambah RHK</source>
        <translation>&amp;Next: Add RHK</translation>
    </message>
</context>
<context>
    <name>MphTableModel</name>
    <message>
        <source>Tanpa peran / RHK di luar matriks</source>
        <translation>No role / RHK outside the matrix</translation>
    </message>
    <message>
        <source>RHK {nomor} · {teks}</source>
        <translation>RHK {nomor} · {teks}</translation>
    </message>
    <message>
        <source>RHK {nomor} ({jenis}): {teks}</source>
        <translation>RHK {nomor} ({jenis}): {teks}</translation>
    </message>
    <message>
        <source>IKI {nomor}: {teks}</source>
        <translation>IKI {nomor}: {teks}</translation>
    </message>
    <message>
        <source>Belum ada SKP tahun ini</source>
        <translation>No SKP this year yet</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>SKP: {status}</source>
        <translation>SKP: {status}</translation>
    </message>
    <message>
        <source>Dari unit kerja lain</source>
        <translation>From another unit</translation>
    </message>
    <message>
        <source>RHK yang tidak mengintervensi matriks ini:</source>
        <translation>RHK that intervene nothing in this matrix:</translation>
    </message>
    <message>
        <source>Tidak ada peran</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>↳ {teks}
    melalui: {melalui} ({oleh})</source>
        <translation>↳ {teks}
    through: {melalui} ({oleh})</translation>
    </message>
    <message>
        <source>Tidak ada peran: belum ada SKP tahun ini.</source>
        <translation>No role: no SKP this year yet.</translation>
    </message>
    <message>
        <source>Tidak ada peran: belum ada RHK yang mengintervensi matriks ini.</source>
        <translation>No role: no RHK intervenes this matrix yet.</translation>
    </message>
</context>
<context>
    <name>PilihPegawaiDialog</name>
    <message>
        <source>Cari NIP atau nama pegawai</source>
        <translation>Search NIP or pegawai name</translation>
    </message>
    <message>
        <source>Ketik NIP atau nama…</source>
        <translation>Type a NIP or name…</translation>
    </message>
    <message>
        <source>&amp;Cari Pegawai</source>
        <translation>&amp;Find Pegawai</translation>
    </message>
    <message>
        <source>Pegawai terpilih</source>
        <translation>Chosen pegawai</translation>
    </message>
    <message>
        <source>C&amp;ari NIP / nama:</source>
        <translation>Se&amp;arch NIP / name:</translation>
    </message>
    <message>
        <source>Pegawai terpilih:</source>
        <translation>Chosen pegawai:</translation>
    </message>
    <message>
        <source>Tidak ada pegawai dengan SKP tahun ini yang cocok dengan “{teks}”.</source>
        <translation>No pegawai with an SKP this year matches “{teks}”.</translation>
    </message>
    <message>
        <source>Belum dipilih.</source>
        <translation>None chosen yet.</translation>
    </message>
    <message>
        <source>NIP: {nip}
Nama: {nama}
Periode SKP: {periode} ({status})
Jabatan: {jabatan}
Unit kerja: {unor}</source>
        <translation>NIP: {nip}
Name: {nama}
SKP period: {periode} ({status})
Jabatan: {jabatan}
Unit: {unor}</translation>
    </message>
    <message>
        <source>Pilih pegawai terlebih dahulu.</source>
        <translation>Choose a pegawai first.</translation>
    </message>
</context>
<context>
    <name>RhkPeranDialog</name>
    <message>
        <source>Tambah RHK untuk {pegawai}</source>
        <translation>Add RHK for {pegawai}</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Leader RHK intervened</translation>
    </message>
    <message>
        <source>Klasifikasi RHK</source>
        <translation>RHK klasifikasi</translation>
    </message>
    <message>
        <source>Organisasi — tertaut di tim kerja {tim}</source>
        <translation>Organisasi — tied to tim kerja {tim}</translation>
    </message>
    <message>
        <source>Individu</source>
        <translation>Individu</translation>
    </message>
    <message>
        <source>Organisasi — tertaut di unit pegawai</source>
        <translation>Organisasi — tied to the pegawai&apos;s unit</translation>
    </message>
    <message>
        <source>Jenis RHK</source>
        <translation>RHK jenis</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Rencana hasil kerja</translation>
    </message>
    <message>
        <source>Rumuskan sebagai hasil, bukan kegiatan.</source>
        <translation>Phrase it as a result, not an activity.</translation>
    </message>
    <message>
        <source>Indikator kinerja individu (opsional)</source>
        <translation>Indikator kinerja individu (optional)</translation>
    </message>
    <message>
        <source>RHK &amp;yang diintervensi:</source>
        <translation>RHK &amp;intervened:</translation>
    </message>
    <message>
        <source>&amp;Klasifikasi:</source>
        <translation>&amp;Klasifikasi:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Rencana hasil kerja:</source>
        <translation>&amp;Rencana hasil kerja:</translation>
    </message>
    <message>
        <source>&amp;Indikator (opsional):</source>
        <translation>&amp;Indikator (optional):</translation>
    </message>
    <message>
        <source>Teks terlalu panjang: {n} dari {maks} karakter.</source>
        <translation>Text too long: {n} of {maks} characters.</translation>
    </message>
    <message>
        <source>Pilih RHK pimpinan yang diintervensi dari daftar.</source>
        <translation>Choose the leader RHK to intervene from the list.</translation>
    </message>
</context>
<context>
    <name>TimCommon</name>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>TimDialog</name>
    <message>
        <source>Tambah Tim Kerja {tahun}</source>
        <translation>Add Tim Kerja {tahun}</translation>
    </message>
    <message>
        <source>Unit organisasi tim kerja</source>
        <translation>Unit of the tim kerja</translation>
    </message>
    <message>
        <source>Nama tim kerja</source>
        <translation>Tim kerja name</translation>
    </message>
    <message>
        <source>&amp;UNOR:</source>
        <translation>&amp;UNOR:</translation>
    </message>
    <message>
        <source>&amp;Nama tim kerja:</source>
        <translation>&amp;Tim kerja name:</translation>
    </message>
</context>
<context>
    <name>TimKerjaPage</name>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cari tim… (Ctrl+F)</source>
        <translation>Search teams… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari tim kerja</source>
        <translation>Search tim kerja</translation>
    </message>
    <message>
        <source>Daftar tim kerja</source>
        <translation>Tim kerja list</translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation>Team anggota</translation>
    </message>
    <message>
        <source>RHK ketua untuk tim</source>
        <translation>Ketua&apos;s team RHK</translation>
    </message>
    <message>
        <source>&amp;Tambah Tim Kerja</source>
        <translation>&amp;Add Tim Kerja</translation>
    </message>
    <message>
        <source>&amp;Generate SKP Organisasi</source>
        <translation>&amp;Generate SKP Organisasi</translation>
    </message>
    <message>
        <source>Atur &amp;Ketua Tim</source>
        <translation>Set &amp;Ketua Tim</translation>
    </message>
    <message>
        <source>Hapus Tim</source>
        <translation>Delete Team</translation>
    </message>
    <message>
        <source>Tambah &amp;Anggota</source>
        <translation>Add &amp;Anggota</translation>
    </message>
    <message>
        <source>&amp;Hapus Anggota</source>
        <translation>&amp;Remove Anggota</translation>
    </message>
    <message>
        <source>Tambah &amp;RHK Anggota</source>
        <translation>Add Anggota &amp;RHK</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Tim Kerja</source>
        <translation>Tim Kerja</translation>
    </message>
    <message>
        <source>Belum ada tim kerja tahun {tahun}.</source>
        <translation>No tim kerja in {tahun} yet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{tim}&lt;/b&gt; — ketua: {ketua} · %n anggota</source>
        <translation>
            <numerusform>&lt;b&gt;{tim}&lt;/b&gt; — ketua: {ketua} · %n anggota</numerusform>
            <numerusform>&lt;b&gt;{tim}&lt;/b&gt; — ketua: {ketua} · %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>belum diatur</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Tambahkan RHK ketua untuk tim ini di SKP Anda terlebih dahulu.</source>
        <translation>First add your ketua RHK for this team to your SKP.</translation>
    </message>
    <message>
        <source>Tim kerja dibuat.</source>
        <translation>Tim kerja created.</translation>
    </message>
    <message>
        <source>SKP organisasi tim “{tim}” dibuat; atur ketua timnya.</source>
        <translation>SKP organisasi of team “{tim}” generated; now set its ketua.</translation>
    </message>
    <message>
        <source>{nama} menjadi ketua tim “{tim}”.</source>
        <translation>{nama} is now ketua of team “{tim}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n RHK tim diwariskan ke SKP-nya.</source>
        <translation>
            <numerusform>%n team RHK inherited into their SKP.</numerusform>
            <numerusform>%n team RHK inherited into their SKP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RHK tim belum diwariskan: SKP ketua baru tidak berstatus Draft.</source>
        <translation>
            <numerusform>%n team RHK not inherited yet: the new ketua&apos;s SKP is not a Draft.</numerusform>
            <numerusform>%n team RHK not inherited yet: the new ketua&apos;s SKP is not a Draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengaturan Ketua Tim</source>
        <translation>Set Ketua Tim</translation>
    </message>
    <message>
        <source>Tim kerja “{tim}” dihapus.</source>
        <translation>Tim kerja “{tim}” deleted.</translation>
    </message>
    <message>
        <source>Hapus Tim Kerja</source>
        <translation>Delete Tim Kerja</translation>
    </message>
    <message>
        <source>Hapus tim kerja “{tim}” beserta keanggotaannya?</source>
        <translation>Delete tim kerja “{tim}” with its membership?</translation>
    </message>
    <message>
        <source>Tambah Anggota Tim</source>
        <translation>Add Team Anggota</translation>
    </message>
    <message>
        <source>Anggota tim ditambahkan.</source>
        <translation>Team anggota added.</translation>
    </message>
    <message>
        <source>{nama} dikeluarkan dari tim.</source>
        <translation>{nama} removed from the team.</translation>
    </message>
    <message>
        <source>Hapus Anggota</source>
        <translation>Remove Anggota</translation>
    </message>
    <message>
        <source>Keluarkan {nama} dari tim “{tim}”? RHK yang sudah ada di SKP-nya tetap ada.</source>
        <translation>Remove {nama} from team “{tim}”? The RHK already in their SKP stay.</translation>
    </message>
    <message>
        <source>RHK ditambahkan ke SKP {nama}.</source>
        <translation>RHK added to the SKP of {nama}.</translation>
    </message>
</context>
<context>
    <name>TimModels</name>
    <message>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>JPT/Pimpinan</source>
        <translation>JPT/Pimpinan</translation>
    </message>
    <message>
        <source>Ketua Tim belum diatur</source>
        <translation>Ketua Tim not set</translation>
    </message>
    <message>
        <source>Tim kerja</source>
        <translation>Tim kerja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ketua tim</source>
        <translation>Ketua tim</translation>
    </message>
    <message>
        <source>RHK tim</source>
        <translation>Team RHK</translation>
    </message>
    <message>
        <source>SKP organisasi</source>
        <translation>SKP organisasi</translation>
    </message>
    <message>
        <source>Sudah</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Peran saya</source>
        <translation>My role</translation>
    </message>
    <message>
        <source>Belum ada SKP</source>
        <translation>No SKP yet</translation>
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
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <source>RHK ketua untuk tim</source>
        <translation>Ketua&apos;s team RHK</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
</context>
</TS>
