"""The authorisation policies as pure functions (the server and the desktop share them)."""

from __future__ import annotations

from datetime import date

from ekinerja_desktop.domain import StatusKeberatan, StatusSkp
from ekinerja_desktop.domain.authz import (
    Actor,
    Allow,
    ReadScope,
    Refuse,
    Relations,
    SkpFacts,
    TargetFacts,
    authorize,
    visible,
)

OWNER, PPK, REKAN, KETUA, ATASAN_PPK = "owner", "ppk", "rekan", "ketua", "atasan-ppk"


def skp(status: StatusSkp = StatusSkp.DRAFT, versi: int = 3, mandiri: bool = False) -> SkpFacts:
    return SkpFacts(
        "s1", OWNER, PPK, ATASAN_PPK, status, versi, pemilik_memimpin_unor_mandiri=mandiri
    )


def target(entity: str = "rhk", **kw: object) -> TargetFacts:
    base: dict[str, object] = {"entity": entity, "exists": True, "skp": skp()}
    base.update(kw)
    return TargetFacts(**base)  # type: ignore[arg-type]


def test_owner_edits_content_only_in_draft() -> None:
    me = Actor(OWNER)
    assert isinstance(
        authorize(me, "rhk.update", target(proposed={"teks": "x"}), Relations()), Allow
    )
    locked = authorize(me, "rhk.update", target(skp=skp(StatusSkp.PENGAJUAN)), Relations())
    assert locked == Refuse("skp_locked", locked.pesan) if isinstance(locked, Refuse) else False
    refused = authorize(Actor(PPK), "rhk.update", target(), Relations())
    assert isinstance(refused, Refuse) and refused.reason == "forbidden"


def test_unknown_ops_are_refused_not_crashed() -> None:
    decision = authorize(Actor(OWNER), "rhk.explode", target(), Relations())
    assert isinstance(decision, Refuse) and decision.reason == "unknown_op"
    decision = authorize(Actor(OWNER), "tabel_baru.create", target("tabel_baru"), Relations())
    assert isinstance(decision, Refuse) and decision.reason == "unknown_op"


def test_approval_binds_to_the_reviewed_content_version() -> None:
    review = target("skp", skp=skp(StatusSkp.PENGAJUAN, versi=5))
    ok = TargetFacts(**{**review.__dict__, "proposed": {"dari": "PENGAJUAN", "versi_isi": 5}})
    stale = TargetFacts(**{**review.__dict__, "proposed": {"dari": "PENGAJUAN", "versi_isi": 4}})
    assert isinstance(authorize(Actor(PPK), "skp.approve", ok, Relations()), Allow)
    decision = authorize(Actor(PPK), "skp.approve", stale, Relations())
    assert isinstance(decision, Refuse) and decision.reason == "stale_review"
    assert decision.pesan == "SKP berubah sejak Anda meninjau; tinjau ulang"
    # The PPK through the current atasan relation (or PLT/PLH) counts too.
    other = SkpFacts("s1", OWNER, None, None, StatusSkp.PENGAJUAN, 5)
    acting = TargetFacts("skp", True, skp=other, proposed={"versi_isi": 5})
    assert isinstance(
        authorize(Actor("plt"), "skp.approve", acting, Relations(bawahan=frozenset({OWNER}))), Allow
    )


def test_a_mandiri_head_approves_his_own_skp() -> None:
    mandiri = target("skp", skp=skp(mandiri=True), proposed={"ke": "PERSETUJUAN", "dari": "DRAFT"})
    assert isinstance(authorize(Actor(OWNER), "skp.set_status", mandiri, Relations()), Allow)
    plain = target("skp", proposed={"ke": "PERSETUJUAN", "dari": "DRAFT"})
    assert isinstance(authorize(Actor(OWNER), "skp.set_status", plain, Relations()), Refuse)


def test_feedback_sources_and_deadline() -> None:
    approved = skp(StatusSkp.PERSETUJUAN)
    rel = Relations(rekan_kerja=frozenset({OWNER}), anggota_tim_diketuai=frozenset({OWNER}))
    perilaku = {"dari_id": REKAN, "sumber": "REKAN_KERJA", "nilai": "KOMPETEN"}
    t = target("feedback", exists=False, skp=approved, proposed=perilaku)
    assert isinstance(
        authorize(Actor(REKAN), "feedback.add", t, Relations(rekan_kerja=frozenset({OWNER}))), Allow
    )
    on_iki = target("feedback", exists=False, skp=approved, proposed={**perilaku, "iki_id": "i1"})
    assert isinstance(
        authorize(Actor(REKAN), "feedback.add", on_iki, Relations(rekan_kerja=frozenset({OWNER}))),
        Refuse,
    )
    ketua = {"dari_id": KETUA, "sumber": "KETUA_TIM", "iki_id": "i1"}
    t = target("feedback", exists=False, skp=approved, proposed=ketua)
    assert isinstance(authorize(Actor(KETUA), "feedback.add", t, rel), Allow)
    late = TargetFacts(
        **{**t.__dict__, "today": date(2026, 2, 1), "batas_pengisian": date(2026, 1, 14)}
    )
    decision = authorize(Actor(KETUA), "feedback.add", late, rel)
    assert isinstance(decision, Refuse) and decision.reason == "deadline_passed"
    reopened = TargetFacts(**{**late.__dict__, "dibuka_ulang": True})
    assert isinstance(authorize(Actor(KETUA), "feedback.add", reopened, rel), Allow)


def test_only_the_ppk_rates_after_feedback() -> None:
    t = target("penilaian", exists=False, skp=skp(StatusSkp.PERSETUJUAN), feedback_atasan_ada=True)
    assert isinstance(authorize(Actor(PPK), "rating.set", t, Relations()), Allow)
    rel = Relations(anggota_tim_diketuai=frozenset({OWNER}))
    assert isinstance(authorize(Actor(KETUA), "rating.set", t, rel), Refuse)
    no_feedback = TargetFacts(**{**t.__dict__, "feedback_atasan_ada": False})
    decision = authorize(Actor(PPK), "rating.set", no_feedback, Relations())
    assert isinstance(decision, Refuse) and decision.reason == "validation"


def test_keberatan_flow_roles() -> None:
    current = {
        "status": StatusKeberatan.DIAJUKAN,
        "pejabat_penilai_id": PPK,
        "atasan_pejabat_penilai_id": ATASAN_PPK,
    }
    t = target("keberatan", current=current, proposed={"penjelasan": "x"})
    assert isinstance(authorize(Actor(PPK), "keberatan.explain", t, Relations()), Allow)
    assert isinstance(authorize(Actor(OWNER), "keberatan.explain", t, Relations()), Refuse)
    early = target("keberatan", current=current, proposed={"status": "DISETUJUI"})
    decision = authorize(Actor(ATASAN_PPK), "keberatan.decide", early, Relations())
    assert isinstance(decision, Refuse) and decision.reason == "invalid_transition"
    explained = {**current, "status": StatusKeberatan.DIJELASKAN}
    ok = target("keberatan", current=explained, proposed={"status": "DISETUJUI"})
    assert isinstance(authorize(Actor(ATASAN_PPK), "keberatan.decide", ok, Relations()), Allow)
    assert isinstance(authorize(Actor(PPK), "keberatan.decide", ok, Relations()), Refuse)


def test_placing_fields_never_move() -> None:
    moved = target(current={"skp_id": "s1"}, proposed={"skp_id": "s9"})
    decision = authorize(Actor(OWNER), "rhk.update", moved, Relations())
    assert isinstance(decision, Refuse) and decision.reason == "field_not_editable"


def test_read_scope() -> None:
    scope = ReadScope("inst", "me", full_skps=frozenset({"mine"}), leader_skps=frozenset({"boss"}))
    assert visible("rhk", "mine", "inst", None, scope)
    assert visible("rhk", "boss", "inst", None, scope)
    assert not visible("realisasi", "boss", "inst", None, scope)
    assert not visible("rhk", "other", "inst", None, scope)
    assert visible("pegawai", None, "inst", None, scope)
    assert not visible("pegawai", None, "other-inst", None, scope)
    assert visible("angka_kredit", None, "inst", "me", scope)
    assert not visible("angka_kredit", None, "inst", "someone", scope)
    admin = ReadScope("inst", "adm", is_admin=True)
    assert visible("realisasi", "any", "inst", None, admin)


def test_a_validated_aktivitas_is_final_for_its_owner() -> None:
    def aktivitas(verb: str, validated: bool, **proposed: object) -> object:
        current = {"pegawai_id": OWNER, "uraian": "Rapat", "divalidasi_oleh_id": None}
        if validated:
            current["divalidasi_oleh_id"] = PPK
        facts = target(
            "aktivitas_harian",
            skp=skp(StatusSkp.PERSETUJUAN),
            current=current,
            proposed=proposed,
        )
        return authorize(Actor(OWNER), f"aktivitas_harian.{verb}", facts, Relations())

    assert isinstance(aktivitas("update", False, uraian="Rapat koordinasi"), Allow)
    assert isinstance(aktivitas("delete", False), Allow)
    for verb, proposed in (("update", {"uraian": "Rapat koordinasi"}), ("delete", {})):
        refused = aktivitas(verb, True, **proposed)
        assert isinstance(refused, Refuse) and refused.reason == "skp_locked"
        assert "sudah divalidasi" in refused.pesan
    # The PPK may still cancel the validation, which unlocks it.
    unlock = authorize(
        Actor(PPK),
        "aktivitas_harian.update",
        target(
            "aktivitas_harian",
            skp=skp(StatusSkp.PERSETUJUAN),
            current={"pegawai_id": OWNER, "divalidasi_oleh_id": PPK},
            proposed={"divalidasi_oleh_id": None, "divalidasi_pada": None},
        ),
        Relations(),
    )
    assert isinstance(unlock, Allow)
