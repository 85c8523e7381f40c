<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CetakDokumen</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="55"/>
        <source>Rencana SKP</source>
        <translation>Rencana SKP (performance plan)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="56"/>
        <source>Lampiran SKP</source>
        <translation>Lampiran SKP (SKP appendix)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="57"/>
        <source>Manual Indikator Kinerja</source>
        <translation>Manual Indikator Kinerja (indicator manual)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="58"/>
        <source>Form Penilaian</source>
        <translation>Form Penilaian (rating form)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="59"/>
        <source>Dokumen Evaluasi Kinerja</source>
        <translation>Dokumen Evaluasi Kinerja (performance evaluation)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="60"/>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="61"/>
        <source>Matriks Peran Hasil</source>
        <translation>Matriks Peran Hasil (MPH)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="260"/>
        <source>Anda tidak dapat mencetak SKP ini.</source>
        <translation>You cannot print this SKP.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="264"/>
        <source>Cetak SKP Pegawai</source>
        <translation>Print a pegawai&apos;s SKP</translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="56"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="58"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="59"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="60"/>
        <source>Periode SKP</source>
        <translation>SKP period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="61"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="99"/>
        <source>Pilih SKP dan dokumennya. Dokumen tampil lebih dulu sebagai pratinjau; dari sana dapat disimpan sebagai PDF atau dicetak.</source>
        <translation>Choose an SKP and its document. The document is shown as a preview first; from there it can be saved as a PDF or printed.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="105"/>
        <source>Cari nama, NIP, jabatan, tahun…</source>
        <translation>Search name, NIP, jabatan, year…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="106"/>
        <source>Cari SKP</source>
        <translation>Search SKPs</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="117"/>
        <source>Daftar SKP yang dapat dicetak</source>
        <translation>SKPs you can print</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="131"/>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="133"/>
        <source>Periode penilaian</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="134"/>
        <source>&amp;Pratinjau…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="135"/>
        <source>Pratinjau dokumen terpilih (Ctrl+P)</source>
        <translation>Preview the chosen document (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="138"/>
        <source>&amp;Dokumen:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="140"/>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="149"/>
        <source>Dokumen unit kerja</source>
        <translation>Unit documents</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="150"/>
        <source>Cetak dokumen satu &amp;unit…</source>
        <translation>Print a whole &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="152"/>
        <source>Misalnya semua Dokumen Evaluasi Kinerja satu unit untuk satu periode</source>
        <translation>For example every Dokumen Evaluasi Kinerja of a unit for one period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="156"/>
        <source>Matriks Peran Hasil</source>
        <translation>Matriks Peran Hasil (MPH)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="157"/>
        <source>Pratinjau &amp;MPH…</source>
        <translation>Preview &amp;MPH…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="162"/>
        <source>Matriks Peran Hasil:</source>
        <translation>Matriks Peran Hasil (MPH):</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="166"/>
        <source>Belum ada SKP yang dapat Anda cetak.</source>
        <translation>There is no SKP you can print yet.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="179"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="189"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="210"/>
        <source>%n SKP dapat dicetak.</source>
        <translation>
            <numerusform>%n SKP can be printed.</numerusform>
            <numerusform>%n SKPs can be printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/halaman_cetak.py" line="273"/>
        <source>{nama} · belum dinilai</source>
        <translation>{nama} · not rated yet</translation>
    </message>
</context>
<context>
    <name>DialogBatch</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="96"/>
        <source>Cetak dokumen satu unit</source>
        <translation>Print the documents of a unit</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="113"/>
        <source>Unit kerja atau bawahan</source>
        <translation>Unit or subordinates</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="115"/>
        <source>Periode penilaian</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="117"/>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="120"/>
        <source>Satu PDF &amp;gabungan</source>
        <translation>One &amp;merged PDF</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="121"/>
        <source>Satu berkas per &amp;pegawai</source>
        <translation>One file per &amp;pegawai</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="131"/>
        <source>Berkas atau folder tujuan</source>
        <translation>Target file or folder</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="132"/>
        <source>P&amp;ilih…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="140"/>
        <source>&amp;Unit / bawahan</source>
        <translation>&amp;Unit / subordinates</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="141"/>
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="142"/>
        <source>&amp;Dokumen</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="143"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="144"/>
        <source>&amp;Tujuan</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="151"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="152"/>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="167"/>
        <source>Dokumen Evaluasi Kinerja</source>
        <translation>Dokumen Evaluasi Kinerja (performance evaluation)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="168"/>
        <source>Form Penilaian</source>
        <translation>Form Penilaian (rating form)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="169"/>
        <source>Rencana SKP</source>
        <translation>Rencana SKP (performance plan)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="170"/>
        <source>Lampiran SKP</source>
        <translation>Lampiran SKP (SKP appendix)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="176"/>
        <source>Bawahan langsung {nama}</source>
        <translation>Direct subordinates of {nama}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="210"/>
        <source>%n dokumen akan dicetak.</source>
        <translation>
            <numerusform>%n document will be printed.</numerusform>
            <numerusform>%n documents will be printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="228"/>
        <source>Simpan PDF gabungan</source>
        <translation>Save the merged PDF</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="232"/>
        <source>Folder tujuan</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="257"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="257"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="280"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="310"/>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="313"/>
        <source>%n dokumen ditulis ke {tempat}.</source>
        <translation>
            <numerusform>%n document written to {tempat}.</numerusform>
            <numerusform>%n documents written to {tempat}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/batch.py" line="318"/>
        <source>Tidak dicetak:</source>
        <translation>Not printed:</translation>
    </message>
</context>
<context>
    <name>DialogCetakSkp</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="194"/>
        <source>Cetak SKP Pegawai</source>
        <translation>Print a pegawai&apos;s SKP</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="196"/>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="205"/>
        <source>Periode penilaian</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="209"/>
        <source>belum dinilai</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="214"/>
        <source>&amp;Jenis dokumen</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="215"/>
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="219"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/actions.py" line="220"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DialogOpsiCetak</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="139"/>
        <source>Cetak {dokumen}</source>
        <translation>Print {dokumen}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="146"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="147"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PanelOpsiCetak</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="102"/>
        <source>Pegawai yang dinilai</source>
        <translation>Pegawai evaluated</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="102"/>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="105"/>
        <source>Anchor TTE (opsional)</source>
        <translation>E-signature (TTE) anchor (optional)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="105"/>
        <source>Pejabat penilai kinerja</source>
        <translation>Pejabat penilai kinerja (evaluator)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="109"/>
        <source>Anchor diisi hanya bila dokumen akan ditandatangani secara elektronik (TTE): teks ini dicetak di tempat tanda tangan.</source>
        <translation>Fill in an anchor only when the document will be signed electronically (TTE): the text is printed where the signature goes.</translation>
    </message>
</context>
<context>
    <name>PratinjauDokumen</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="55"/>
        <source>Pratinjau — {judul}</source>
        <translation>Preview — {judul}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="64"/>
        <source>Halaman dokumen</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="78"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="81"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="84"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="87"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="90"/>
        <source>Lebar halaman</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="97"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="115"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="117"/>
        <source>Dokumen tidak dapat ditampilkan.</source>
        <translation>The document cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="140"/>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="152"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="140"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="153"/>
        <source>Berkas tidak dapat disimpan di {path}: {error}</source>
        <translation>The file could not be saved at {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="159"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="186"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/pratinjau.py" line="186"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>_KotakPenanda</name>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="69"/>
        <source>Tanggal tanda tangan {peran}</source>
        <translation>Signing date of {peran}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="71"/>
        <source>Lokasi tanda tangan {peran}</source>
        <translation>Signing place of {peran}</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="76"/>
        <source>Kosongkan untuk tanda tangan basah</source>
        <translation>Leave empty for a wet signature</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="78"/>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ekinerja_desktop/views/dokumen/opsi_cetak.py" line="79"/>
        <source>&amp;Lokasi</source>
        <translation>&amp;Place</translation>
    </message>
</context>
</TS>
