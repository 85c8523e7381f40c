<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>DialogKesalahanImpor</name>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="39" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="40" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="41" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="42" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="57" />
        <source>Impor dari Excel — berkas tidak diimpor</source>
        <translation>Import from Excel — file not imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="61" />
        <source>Berkas {berkas} tidak diimpor dan tidak ada yang diubah pada SKP. Perbaiki %n kesalahan berikut di Excel, simpan berkasnya, lalu impor kembali.</source>
        <translation><numerusform>File {berkas} was not imported and nothing in the SKP changed. Fix the following error in Excel, save the file, then import it again.</numerusform><numerusform>File {berkas} was not imported and nothing in the SKP changed. Fix the following %n errors in Excel, save the file, then import it again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="73" />
        <source>Daftar kesalahan berkas</source>
        <translation>Errors of the file</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="84" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="85" />
        <source>&amp;Salin daftar</source>
        <translation>&amp;Copy list</translation>
    </message>
</context>
<context>
    <name>DialogRencanaImpor</name>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="110" />
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="111" />
        <source>Isi berkas akan diterapkan pada SKP ini: {ringkasan}</source>
        <translation>The file's content will be applied to this SKP: {ringkasan}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="116" />
        <source>RHK yang tidak ada di berkas akan dihapus:</source>
        <translation>RHK missing from the file will be deleted:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="124" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/dialog_impor.py" line="125" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ExcelSkp</name>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="52" />
        <source>Excel SKP</source>
        <translation>SKP in Excel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="100" />
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="166" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="103" />
        <source>Unduh template SKP</source>
        <translation>Download SKP template</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="117" />
        <source>Template tidak dapat disimpan ke {path}: {error}</source>
        <translation>The template could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="124" />
        <source>Template disimpan ke {path}.</source>
        <translation>Template saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="126" />
        <source>Isi di Excel, simpan, lalu pilih “Impor dari Excel”.</source>
        <translation>Fill it in Excel, save it, then choose “Import from Excel”.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="154" />
        <source>Impor dari Excel hanya untuk pemilik SKP selama SKP masih berstatus Draft. Template tetap dapat diunduh untuk dilihat di Excel.</source>
        <translation>Only the owner of the SKP can import from Excel, and only while the SKP is a Draft. The template can still be downloaded to view in Excel.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="164" />
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/actions.py" line="191" />
        <source>Impor selesai: {ringkasan}</source>
        <translation>Import finished: {ringkasan}</translation>
    </message>
</context>
<context>
    <name>LaporanExcelPage</name>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="73" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="74" />
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="143" />
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="75" />
        <source>Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="76" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="77" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="108" />
        <source>Unduh laporan kinerja sebagai buku kerja Excel (.xlsx). Angka dan tanggal tersimpan sebagai nilai asli, baris judul kolom dibekukan dan dapat disaring.</source>
        <translation>Download performance reports as Excel workbooks (.xlsx). Numbers and dates are stored as real values; the header row is frozen and can be filtered.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="113" />
        <source>Jenis laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="114" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="115" />
        <source>Cakupan rekap</source>
        <translation>Rekap scope</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="116" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="117" />
        <source>Periode penilaian</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="118" />
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="119" />
        <source>Semua status (termasuk belum ada SKP)</source>
        <translation>All statuses (including no SKP yet)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="123" />
        <source>&amp;Jenis laporan</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="124" />
        <source>&amp;Unit kerja</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="125" />
        <source>&amp;Cakupan</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="126" />
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="127" />
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="128" />
        <source>&amp;Status SKP</source>
        <translation>SKP &amp;status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="132" />
        <source>&amp;Unduh Excel…</source>
        <translation>&amp;Download Excel…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="134" />
        <source>Simpan laporan ini sebagai .xlsx (Ctrl+S)</source>
        <translation>Save this report as .xlsx (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="136" />
        <source>Unduh Excel</source>
        <translation>Download Excel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="152" />
        <source>Laporan yang diunduh pada sesi ini</source>
        <translation>Reports downloaded in this session</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="161" />
        <source>&amp;Buka berkas</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="163" />
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="169" />
        <source>Diunduh pada sesi ini</source>
        <translation>Downloaded in this session</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="196" />
        <source>Laporan Excel</source>
        <translation>Excel reports</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="216" />
        <source>Laporan Rencana SKP Tahunan</source>
        <translation>Laporan Rencana SKP Tahunan (annual SKP plans)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="217" />
        <source>Laporan Penilaian SKP</source>
        <translation>Laporan Penilaian SKP (SKP ratings)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="218" />
        <source>Laporan Jumlah Tim Lingkup Unit Kerja</source>
        <translation>Laporan Jumlah Tim Lingkup Unit Kerja (teams per unit)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="219" />
        <source>Rekap Penilaian Bawahan</source>
        <translation>Rekap Penilaian Bawahan (subordinates' ratings)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="220" />
        <source>Matriks Peran Hasil</source>
        <translation>Matriks Peran Hasil (MPH)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="226" />
        <source>Satu baris per SKP tahun terpilih (pegawai tanpa SKP ikut tercantum), dengan sheet 'Hasil Kerja' berisi setiap RHK dan IKI beserta targetnya.</source>
        <translation>One row per SKP of the chosen year (pegawai without an SKP are listed too), with a sheet 'Hasil Kerja' holding every RHK and IKI with its targets.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="230" />
        <source>Rating hasil kerja, rating perilaku kerja dan predikat setiap SKP pada periode terpilih, dengan sheet 'Ringkasan' per unit kerja induk.</source>
        <translation>Rating hasil kerja, rating perilaku kerja and predikat of every SKP in the chosen period, with a sheet 'Ringkasan' per unit kerja induk.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="234" />
        <source>Jumlah tim kerja yang dibentuk, diketuai dan diikuti setiap pegawai pada tahun terpilih, dengan sheet 'Tim Kerja'.</source>
        <translation>How many tim kerja each pegawai formed, leads and belongs to in the chosen year, with a sheet 'Tim Kerja'.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="238" />
        <source>Rekap seperti halaman Rekap Penilaian: setiap pegawai pada cakupan, sudah atau belum dinilai.</source>
        <translation>The rekap as on the Rekap Penilaian page: every pegawai of the scope, rated or not.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="242" />
        <source>RHK setiap pegawai terhadap setiap IKI pimpinan unit; 'tidak ada peran' bila kosong.</source>
        <translation>Each pegawai's RHK against every IKI of the unit's head; 'tidak ada peran' where empty.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="294" />
        <source>Pilih pengguna terlebih dahulu.</source>
        <translation>Choose a user first.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="297" />
        <source>Laporan Excel tersedia bagi admin instansi, pimpinan unit kerja dan pejabat penilai kinerja.</source>
        <translation>Excel reports are for instansi admins, heads of units and pejabat penilai kinerja.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="356" />
        <source>Unduh Excel — {laporan}</source>
        <translation>Download Excel — {laporan}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="358" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="376" />
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/laporan_page.py" line="385" />
        <source>{laporan} disimpan ke {path}.</source>
        <translation>{laporan} saved to {path}.</translation>
    </message>
</context>
<context>
    <name>UnduhLaporan</name>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/pekerja.py" line="81" />
        <source>Berkas tidak dapat disimpan ke {path}: {error}</source>
        <translation>The file could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/pekerja.py" line="112" />
        <source>Mengambil data…</source>
        <translation>Fetching data…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/pekerja.py" line="113" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/pekerja.py" line="138" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/excel/pekerja.py" line="146" />
        <source>Menulis baris {ditulis} dari {total}…</source>
        <translation>Writing row {ditulis} of {total}…</translation>
    </message>
</context>
</TS>