import pytest

from ekinerja_desktop.domain import (
    MAKS_PANJANG_IKI,
    MAKS_PANJANG_RHK,
    Aspek,
    DomainError,
    IkiUntukValidasi,
    JenisRhk,
    JenisSkp,
    Pendekatan,
    Perspektif,
    RhkUntukValidasi,
    SkpUntukValidasi,
    Temuan,
    ada_error,
    parse_angka,
    validasi_skp,
)

KUANT, KUAL = Pendekatan.KUANTITATIF, Pendekatan.KUALITATIF


def _iki(
    iki_id: str = "iki-1",
    perspektif: Perspektif | None = Perspektif.ANGGARAN,
    aspek: Aspek | None = Aspek.KUANTITAS,
    indikator: str = "Persentase realisasi anggaran",
    target_min: str | None = "80",
    target_max: str | None = "90",
    satuan: str | None = "%",
) -> IkiUntukValidasi:
    return IkiUntukValidasi(iki_id, indikator, target_min, target_max, satuan, perspektif, aspek)


def _rhk(
    rhk_id: str = "rhk-1",
    jenis: JenisRhk = JenisRhk.UTAMA,
    intervensi: str | None = "rhk-pimpinan-1",
    iki: tuple[IkiUntukValidasi, ...] | None = None,
    teks: str = "Terwujudnya pengelolaan anggaran yang akuntabel",
) -> RhkUntukValidasi:
    return RhkUntukValidasi(rhk_id, teks, jenis, intervensi, (_iki(),) if iki is None else iki)


def _skp(
    jenis: JenisSkp = JenisSkp.JPT,
    pendekatan: Pendekatan = KUANT,
    rhk: tuple[RhkUntukValidasi, ...] | None = None,
    pemimpin_punya_rhk: bool = True,
    staf_ahli: bool = False,
) -> SkpUntukValidasi:
    rhk = (_rhk(),) if rhk is None else rhk
    return SkpUntukValidasi(jenis, pendekatan, rhk, pemimpin_punya_rhk, staf_ahli)


def _error(pesan: str, rhk_id: str | None = None, iki_id: str | None = None) -> Temuan:
    return Temuan("ERROR", pesan, rhk_id, iki_id)


@pytest.mark.parametrize("jenis", list(JenisSkp))
@pytest.mark.parametrize("pendekatan", list(Pendekatan))
def test_skp_lengkap_lulus(jenis: JenisSkp, pendekatan: Pendekatan) -> None:
    assert validasi_skp(_skp(jenis, pendekatan)) == []


def test_harus_ada_rhk_utama() -> None:
    skp = _skp(rhk=(_rhk(jenis=JenisRhk.TAMBAHAN),))
    assert validasi_skp(skp) == [_error("SKP harus memiliki paling sedikit satu RHK utama.")]
    tambah = _skp(rhk=(_rhk(), _rhk("rhk-2", JenisRhk.TAMBAHAN, iki=(_iki("iki-2"),))))
    assert validasi_skp(tambah) == []


def test_skp_tanpa_rhk() -> None:
    assert ada_error(validasi_skp(_skp(rhk=())))


def test_rhk_harus_punya_iki() -> None:
    skp = _skp(rhk=(_rhk(), _rhk("rhk-2", iki=())))
    assert validasi_skp(skp) == [_error("RHK ke-2 belum memiliki IKI.", "rhk-2")]


def test_jpt_wajib_iki_anggaran() -> None:
    skp = _skp(rhk=(_rhk(iki=(_iki(perspektif=Perspektif.PROSES_BISNIS),)),))
    assert validasi_skp(skp) == [
        _error("SKP JPT harus memiliki paling sedikit satu IKI dengan perspektif Anggaran.")
    ]


def test_staf_ahli_tanpa_iki_anggaran() -> None:
    skp = _skp(rhk=(_rhk(iki=(_iki(perspektif=Perspektif.PROSES_BISNIS),)),), staf_ahli=True)
    assert validasi_skp(skp) == []


def test_ja_jf_tanpa_perspektif_lulus() -> None:
    skp = _skp(JenisSkp.JA_JF, rhk=(_rhk(iki=(_iki(perspektif=None),)),))
    assert validasi_skp(skp) == []


def test_iki_jpt_wajib_perspektif() -> None:
    iki = (_iki(), _iki("iki-2", perspektif=None))
    skp = _skp(rhk=(_rhk(iki=iki),))
    assert validasi_skp(skp) == [
        _error("IKI ke-2 pada RHK ke-1: perspektif belum dipilih.", "rhk-1", "iki-2")
    ]


def test_iki_ja_jf_kuantitatif_wajib_aspek() -> None:
    skp = _skp(JenisSkp.JA_JF, rhk=(_rhk(iki=(_iki(aspek=None),)),))
    assert validasi_skp(skp) == [
        _error("IKI ke-1 pada RHK ke-1: aspek belum dipilih.", "rhk-1", "iki-1")
    ]


def test_iki_ja_jf_kualitatif_tanpa_aspek_lulus() -> None:
    skp = _skp(JenisSkp.JA_JF, KUAL, rhk=(_rhk(iki=(_iki(aspek=None),)),))
    assert validasi_skp(skp) == []


@pytest.mark.parametrize(
    ("minimum", "maksimum"),
    [("80", "90"), ("80,5", "90"), ("80.5", "80.5"), ("0", "1.250.000"), (" 7 ", "7")],
)
def test_target_kuantitatif_lulus(minimum: str, maksimum: str) -> None:
    skp = _skp(rhk=(_rhk(iki=(_iki(target_min=minimum, target_max=maksimum),)),))
    assert validasi_skp(skp) == []


@pytest.mark.parametrize(
    ("iki", "pesan"),
    [
        (_iki(target_min=None), ["target minimum belum diisi."]),
        (_iki(target_max="  "), ["target maksimum belum diisi."]),
        (_iki(target_min="delapan"), ["target minimum: 'delapan' bukan angka."]),
        (_iki(target_max="90%"), ["target maksimum: '90%' bukan angka."]),
        (
            _iki(target_min="2.500", target_max="3000"),
            [
                "target minimum: Angka '2.500' ambigu: tulis 2500 untuk ribuan atau 2,500 untuk "
                "pecahan."
            ],
        ),
        (
            _iki(target_min="95", target_max="90"),
            ["target minimum (95) lebih besar dari target maksimum (90)."],
        ),
        (_iki(satuan=None), ["satuan target belum diisi."]),
        (_iki(satuan=" "), ["satuan target belum diisi."]),
        (
            _iki(target_min=None, target_max=None, satuan=None),
            [
                "target minimum belum diisi.",
                "target maksimum belum diisi.",
                "satuan target belum diisi.",
            ],
        ),
    ],
)
def test_target_kuantitatif_salah(iki: IkiUntukValidasi, pesan: list[str]) -> None:
    skp = _skp(rhk=(_rhk(iki=(iki,)),))
    assert validasi_skp(skp) == [
        _error(f"IKI ke-1 pada RHK ke-1: {p}", "rhk-1", "iki-1") for p in pesan
    ]


def test_kualitatif_tanpa_target_lulus() -> None:
    iki = _iki(target_min=None, target_max=None, satuan=None)
    assert validasi_skp(_skp(pendekatan=KUAL, rhk=(_rhk(iki=(iki,)),))) == []


@pytest.mark.parametrize(
    ("pendekatan", "pesan"),
    [(KUAL, "IKI dan target belum diisi."), (KUANT, "indikator belum diisi.")],
)
def test_indikator_kosong(pendekatan: Pendekatan, pesan: str) -> None:
    skp = _skp(pendekatan=pendekatan, rhk=(_rhk(iki=(_iki(indikator=" \n"),)),))
    assert validasi_skp(skp) == [_error(f"IKI ke-1 pada RHK ke-1: {pesan}", "rhk-1", "iki-1")]


def test_ja_jf_wajib_intervensi() -> None:
    skp = _skp(JenisSkp.JA_JF, rhk=(_rhk(intervensi=None),))
    assert validasi_skp(skp) == [_error("RHK ke-1 belum mengintervensi RHK pimpinan.", "rhk-1")]
    kosong = _skp(JenisSkp.JA_JF, rhk=(_rhk(intervensi=""),))
    assert ada_error(validasi_skp(kosong))


def test_ja_jf_pimpinan_belum_punya_rhk_hanya_peringatan() -> None:
    skp = _skp(JenisSkp.JA_JF, rhk=(_rhk(intervensi=None),), pemimpin_punya_rhk=False)
    temuan = validasi_skp(skp)
    assert temuan == [
        Temuan(
            "PERINGATAN",
            "RHK ke-1 belum mengintervensi RHK pimpinan karena pimpinan belum memiliki RHK.",
            "rhk-1",
        )
    ]
    assert not ada_error(temuan)


def test_jpt_tanpa_intervensi_lulus() -> None:
    assert validasi_skp(_skp(rhk=(_rhk(intervensi=None),))) == []


def test_rhk_kosong() -> None:
    skp = _skp(rhk=(_rhk(teks="   "),))
    assert validasi_skp(skp) == [_error("RHK ke-1 belum diisi.", "rhk-1")]


def test_panjang_rhk() -> None:
    assert validasi_skp(_skp(rhk=(_rhk(teks="a" * MAKS_PANJANG_RHK),))) == []
    skp = _skp(rhk=(_rhk(teks="a" * (MAKS_PANJANG_RHK + 1)),))
    assert validasi_skp(skp) == [
        _error("RHK ke-1 terlalu panjang: 2001 karakter (maksimal 2000).", "rhk-1")
    ]


def test_panjang_iki() -> None:
    lulus = _skp(rhk=(_rhk(iki=(_iki(indikator="b" * MAKS_PANJANG_IKI),)),))
    assert validasi_skp(lulus) == []
    skp = _skp(rhk=(_rhk(iki=(_iki(indikator="b" * (MAKS_PANJANG_IKI + 1)),)),))
    assert validasi_skp(skp) == [
        _error(
            "IKI ke-1 pada RHK ke-1: teks IKI terlalu panjang: 1001 karakter (maksimal 1000).",
            "rhk-1",
            "iki-1",
        )
    ]


def test_konstanta_panjang() -> None:
    assert (MAKS_PANJANG_RHK, MAKS_PANJANG_IKI) == (2000, 1000)


def test_ada_error() -> None:
    assert not ada_error([])
    assert not ada_error([Temuan("PERINGATAN", "x")])
    assert ada_error([Temuan("PERINGATAN", "x"), Temuan("ERROR", "y")])


@pytest.mark.parametrize(
    ("teks", "expected"),
    [
        ("80", 80.0),
        ("80,5", 80.5),
        ("80.5", 80.5),
        (" 7 ", 7.0),
        ("-3", -3.0),
        ("0.125", 0.125),
        ("1234.5", 1234.5),
        ("1.250.000", 1250000.0),
        ("1.250,75", 1250.75),
        ("12.345.678,9", 12345678.9),
    ],
)
def test_parse_angka(teks: str, expected: float) -> None:
    assert parse_angka(teks) == expected


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("", "'' bukan angka."),
        ("abc", "'abc' bukan angka."),
        ("80%", "'80%' bukan angka."),
        ("1,2,3", "'1,2,3' bukan angka."),
        ("1.2.3", "'1.2.3' bukan angka."),
        ("nan", "'nan' bukan angka."),
        ("inf", "'inf' bukan angka."),
        ("1e5", "'1e5' bukan angka."),
        ("2.500", "Angka '2.500' ambigu: tulis 2500 untuk ribuan atau 2,500 untuk pecahan."),
    ],
)
def test_parse_angka_salah(teks: str, pesan: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_angka(teks)
    assert str(info.value) == pesan
