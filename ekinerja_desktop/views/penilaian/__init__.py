"""Pelaksanaan and penilaian screens: the pegawai's Penilaian page, the pimpinan's Penilaian
Bawahan, and Feedback Perilaku Rekan Kerja. The main window builds each when first opened, the
three sharing one LayananPenilaian whose attachments live in `<data_dir>/blobs`
(views/navigasi.py), and shows each to whoever has a use for it (`tersedia`): Penilaian to
everyone, Penilaian Bawahan to a PPK or ketua tim, Feedback Rekan Kerja to a pegawai who is not
JPT/pimpinan."""
