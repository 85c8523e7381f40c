"""Who may do which operation, from current relations (SYNC.md "Authorisation").

One policy per operation: `authorize(actor, op, target, relations) -> Allow | Refuse`. Pure
functions over plain dataclasses (no SQL): the server evaluates them inside the push
transaction after preloading the facts in batches; the desktop evaluates the same functions on
its local data to disable actions early (advisory only; the server decides).

Operations are `"<entity>.<verb>"`: the generic record verbs create/update/delete/restore on an
entity of `ENTITY_RULES`, and named operations (`OPERATIONS`) that act on one entity as a
create, update, upsert or workflow command. Anything else is refused with `unknown_op`.
The table of roles × operations is `docs/operations.md`; a parametrised test drives it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .enums import StatusKeberatan, StatusSkp, SumberFeedback
from .errors import DomainError
from .keberatan import periksa_keputusan_keberatan, periksa_transisi_keberatan
from .periode import bisa_diisi
from .status import PESAN_SUDAH_DISETUJUI, PESAN_TERKUNCI, can_transition, wajib_catatan

# --- decisions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Allow:
    def __bool__(self) -> bool:
        return True


@dataclass(frozen=True)
class Refuse:
    """`reason` is a machine code (protocol REASONS), `pesan` the Indonesian message."""

    reason: str
    pesan: str

    def __bool__(self) -> bool:
        return False


Decision = Allow | Refuse
ALLOW = Allow()

PESAN_TIDAK_BERWENANG = "Anda tidak berwenang melakukan perubahan ini."
PESAN_STALE_REVIEW = "SKP berubah sejak Anda meninjau; tinjau ulang"
PESAN_BELUM_DISETUJUI = "Data pelaksanaan hanya dapat diisi setelah SKP disetujui."

# --- facts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """The signed-in user, from the server's account and current pegawai row."""

    pegawai_id: str | None
    is_admin: bool = False
    instansi_id: str | None = None
    unor_id: str | None = None


@dataclass(frozen=True)
class SkpFacts:
    """The SKP a record belongs to, as the server has it now."""

    id: str
    pegawai_id: str
    pejabat_penilai_id: str | None
    atasan_pejabat_penilai_id: str | None
    status: StatusSkp
    versi_isi: int
    deleted: bool = False
    #: The owner heads a mandiri unit (PEGAWAI_UNOR_MANDIRI: no approval needed).
    pemilik_memimpin_unor_mandiri: bool = False


@dataclass(frozen=True)
class TargetFacts:
    """The record an operation acts on: as it is (`current`) and as proposed (`proposed`)."""

    entity: str
    exists: bool
    deleted: bool = False
    current: Mapping[str, Any] = field(default_factory=dict)
    proposed: Mapping[str, Any] = field(default_factory=dict)
    #: The SKP of a record of the SKP aggregate (the SKP itself for `skp`).
    skp: SkpFacts | None = None
    #: The instansi a master-data record belongs to.
    instansi_id: str | None = None
    today: date | None = None
    #: Pelaksanaan records: the period's batas pengisian, whether it is periodic, reopened.
    batas_pengisian: date | None = None
    periode_periodik: bool = True
    dibuka_ulang: bool = False
    #: `penilaian`: the PPK gave feedback on hasil kerja (None: the instansi does not require it).
    feedback_atasan_ada: bool | None = None
    #: `anggota_tim` / `tim_kerja`: the team's ketua, creator and unit.
    tim_ketua_id: str | None = None
    tim_pembuat_id: str | None = None
    tim_unor_id: str | None = None
    #: `rhk` / `iki`: the tim kerja of the RHK (its own, or the IKI's RHK's).
    rhk_tim_kerja_id: str | None = None

    @property
    def value(self) -> Mapping[str, Any]:
        """The record's values after the op: current overlaid with proposed."""
        return {**self.current, **self.proposed}


@dataclass(frozen=True)
class Relations:
    """The actor's current relations to other pegawai."""

    #: Pegawai whose PPK the actor is now: atasan_id = actor, or through an active PLT/PLH.
    bawahan: frozenset[str] = frozenset()
    #: Members of the tim kerja the actor leads as ketua.
    anggota_tim_diketuai: frozenset[str] = frozenset()
    #: Colleagues for peer feedback (both non-pimpinan; same unit or same team).
    rekan_kerja: frozenset[str] = frozenset()
    #: Units the actor heads (definitively or as PLT/PLH).
    unor_dipimpin: frozenset[str] = frozenset()
    #: Teams the actor leads as ketua → their anggota.
    tim_diketuai: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Teams the actor manages as JPT: made by them, or of a unit they head.
    tim_dikelola: frozenset[str] = frozenset()


Policy = Callable[[Actor, str, TargetFacts, Relations], Decision]

# --- role helpers ---------------------------------------------------------------------------


def _pemilik(actor: Actor, skp: SkpFacts | None) -> bool:
    return skp is not None and actor.pegawai_id is not None and skp.pegawai_id == actor.pegawai_id


def _ppk(actor: Actor, skp: SkpFacts | None, rel: Relations) -> bool:
    """The SKP's pejabat penilai, or the owner's current atasan (also as PLT/PLH)."""
    if skp is None or actor.pegawai_id is None or skp.pegawai_id == actor.pegawai_id:
        return False
    return skp.pejabat_penilai_id == actor.pegawai_id or skp.pegawai_id in rel.bawahan


def _atasan_ppk(actor: Actor, skp: SkpFacts | None) -> bool:
    return (
        skp is not None
        and actor.pegawai_id is not None
        and skp.atasan_pejabat_penilai_id == actor.pegawai_id
    )


def _admin(actor: Actor, target: TargetFacts) -> bool:
    if not actor.is_admin:
        return False
    return target.instansi_id is None or actor.instansi_id in (None, target.instansi_id)


def _tolak(pesan: str = PESAN_TIDAK_BERWENANG, reason: str = "forbidden") -> Refuse:
    return Refuse(reason, pesan)


def _skp_hidup(target: TargetFacts) -> Decision:
    if target.skp is None:
        return Refuse("not_found", "SKP tidak ditemukan di server.")
    if target.skp.deleted and target.entity != "skp":
        return Refuse("deleted", "SKP sudah dihapus di server; nilai Anda disimpan.")
    return ALLOW


def _batas(target: TargetFacts) -> Decision:
    if target.batas_pengisian is None or target.today is None:
        return ALLOW
    if bisa_diisi(target.today, target.batas_pengisian, target.dibuka_ulang):
        return ALLOW
    return Refuse(
        "deadline_passed",
        "Batas pengisian periode telah lewat; minta admin membuka ulang periode ini.",
    )


# --- policies by kind of record -------------------------------------------------------------

#: SKP fields the owner never sets directly: the workflow commands and the server own them.
SKP_FIELD_SERVER = frozenset({"status", "catatan_perbaikan", "pegawai_id"})


def policy_isi_skp(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """SKP content (skp, rhk, iki, lampiran, manual indikator): the owner, while DRAFT."""
    if target.entity == "skp" and verb == "create":
        if target.proposed.get("pegawai_id") != actor.pegawai_id or actor.pegawai_id is None:
            return _tolak("Hanya pegawai yang bersangkutan yang dapat membuat SKP-nya.")
        if target.proposed.get("status", StatusSkp.DRAFT) != StatusSkp.DRAFT:
            return Refuse("invalid_transition", "SKP baru harus berstatus Draft.")
        return ALLOW
    decision = _skp_hidup(target)
    if not decision:
        return decision
    if not _pemilik(actor, target.skp):
        if _rhk_tim_untuk_anggota(verb, target, rel):
            return ALLOW
        return _tolak("Hanya pemilik SKP yang dapat mengubah isinya.")
    if target.entity == "skp" and verb == "update" and SKP_FIELD_SERVER & set(target.proposed):
        return Refuse(
            "field_not_editable", "Status SKP hanya berubah lewat Ajukan/Setujui/Kembalikan."
        )
    assert target.skp is not None
    if target.skp.status == StatusSkp.PENGAJUAN:
        return Refuse("skp_locked", PESAN_TERKUNCI)
    if target.skp.status != StatusSkp.DRAFT:
        return Refuse("skp_locked", PESAN_SUDAH_DISETUJUI)
    return ALLOW


def _rhk_tim_untuk_anggota(verb: str, target: TargetFacts, rel: Relations) -> bool:
    """A team RHK (with its IKI) added to someone else's Draft SKP (S000 2.3): by the ketua
    to an anggota's SKP, or by the JPT managing the team to its (new) ketua's SKP."""
    tim = target.rhk_tim_kerja_id
    skp = target.skp
    if verb != "create" or target.entity not in ("rhk", "iki") or tim is None or skp is None:
        return False
    if skp.status != StatusSkp.DRAFT:
        return False
    if skp.pegawai_id in rel.tim_diketuai.get(tim, frozenset()):
        return True
    return tim in rel.tim_dikelola and target.tim_ketua_id == skp.pegawai_id


def policy_ppk(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Ekspektasi khusus pimpinan: the SKP's PPK, in any status."""
    decision = _skp_hidup(target)
    if not decision:
        return decision
    if not _ppk(actor, target.skp, rel):
        return _tolak("Hanya pejabat penilai kinerja yang dapat menulis ekspektasi khusus.")
    return ALLOW


def policy_pelaksanaan(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Periode penilaian, rencana aksi, realisasi, bukti dukung: the owner of an approved SKP,
    until the period's batas pengisian (rencana aksi: periodic periods only)."""
    decision = _skp_hidup(target)
    if not decision:
        return decision
    assert target.skp is not None
    if not _pemilik(actor, target.skp):
        return _tolak("Hanya pemilik SKP yang dapat mengisi pelaksanaannya.")
    if target.skp.status != StatusSkp.PERSETUJUAN:
        return Refuse("skp_not_approved", PESAN_BELUM_DISETUJUI)
    if target.entity == "rencana_aksi" and not target.periode_periodik:
        return Refuse("validation", "Rencana aksi hanya untuk periode periodik, bukan Final.")
    return _batas(target)


def sumber_feedback_untuk(actor: Actor, skp: SkpFacts | None, rel: Relations) -> str | None:
    """The label the actor's feedback carries on this SKP, strongest relation first."""
    if skp is None or _pemilik(actor, skp):
        return None
    if _ppk(actor, skp, rel):
        return SumberFeedback.ATASAN
    if skp.pegawai_id in rel.anggota_tim_diketuai:
        return SumberFeedback.KETUA_TIM
    if skp.pegawai_id in rel.rekan_kerja:
        return SumberFeedback.REKAN_KERJA
    return None


def policy_feedback(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Feedback: PPK (atasan), ketua tim, rekan kerja (perilaku only); the author edits it."""
    decision = _skp_hidup(target)
    if not decision:
        return decision
    assert target.skp is not None
    if target.skp.status != StatusSkp.PERSETUJUAN:
        return Refuse("skp_not_approved", PESAN_BELUM_DISETUJUI)
    if verb == "create":
        sumber = sumber_feedback_untuk(actor, target.skp, rel)
        if sumber is None:
            return _tolak(
                "Hanya pejabat penilai, ketua tim, dan rekan kerja yang memberi feedback."
            )
        if target.proposed.get("dari_id") != actor.pegawai_id:
            return _tolak("Feedback harus atas nama Anda sendiri.")
        if target.proposed.get("sumber", sumber) != sumber:
            return _tolak("Hubungan Anda dengan pegawai ini berubah; kirim ulang feedback.")
        if target.proposed.get("iki_id") and sumber == SumberFeedback.REKAN_KERJA:
            return _tolak("Rekan kerja hanya dapat memberi feedback atas perilaku kerja.")
    elif target.current.get("dari_id") != actor.pegawai_id:
        return _tolak("Hanya pemberi feedback yang dapat mengubah atau menghapusnya.")
    elif "dari_id" in target.proposed and target.proposed["dari_id"] != actor.pegawai_id:
        return _tolak("Pemberi feedback tidak dapat diganti.")
    return _batas(target)


def policy_penilaian(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Ratings: only the PPK, on an approved SKP, after feedback on hasil kerja."""
    decision = _skp_hidup(target)
    if not decision:
        return decision
    assert target.skp is not None
    if not _ppk(actor, target.skp, rel):
        return _tolak("Hanya pejabat penilai kinerja pegawai ini yang dapat memberi rating.")
    if target.skp.status != StatusSkp.PERSETUJUAN:
        return Refuse("skp_not_approved", PESAN_BELUM_DISETUJUI)
    if target.feedback_atasan_ada is False and verb != "delete":
        return Refuse(
            "validation", "Berikan feedback atas hasil kerja lebih dahulu sebelum rating."
        )
    return _batas(target)


def policy_aktivitas(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Aktivitas harian: the owner writes it; the PPK validates (divalidasi_* only)."""
    value = target.value
    changed = set(target.proposed)
    validasi = {"divalidasi_oleh_id", "divalidasi_pada"}
    if verb == "update" and changed and changed <= validasi:
        if not _ppk(actor, target.skp, rel):
            return _tolak("Hanya atasan yang dapat memvalidasi aktivitas harian.")
        return ALLOW
    if value.get("pegawai_id") != actor.pegawai_id or not _pemilik(actor, target.skp):
        return _tolak("Hanya pemilik yang dapat mengisi aktivitas hariannya.")
    if changed & validasi and target.proposed.get("divalidasi_oleh_id") is not None:
        return _tolak("Aktivitas harian tidak dapat divalidasi oleh pemiliknya.")
    if verb in ("update", "delete") and target.current.get("divalidasi_oleh_id"):
        # Validated is final for the owner; an offline edit arriving after the validation is
        # kept in the Konflik list, not merged into what the atasan signed off.
        return _tolak(
            "Aktivitas harian ini sudah divalidasi atasan; minta atasan membatalkan "
            "validasinya lebih dahulu.",
            "skp_locked",
        )
    return ALLOW


_KEBERATAN_PEMILIK = frozenset(
    {
        "alasan",
        "rating_hasil_kerja_diminta",
        "rating_perilaku_kerja_diminta",
        "predikat_diminta",
    }
)


def policy_keberatan(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Keberatan: the owner files (and edits while DIAJUKAN); the PPK explains; the atasan
    PPK opens and decides (domain.md §7)."""
    decision = _skp_hidup(target)
    if not decision:
        return decision
    cur = target.current
    ppk_id = cur.get("pejabat_penilai_id") or target.proposed.get("pejabat_penilai_id")
    atasan_id = cur.get("atasan_pejabat_penilai_id") or target.proposed.get(
        "atasan_pejabat_penilai_id"
    )
    if atasan_id is None and target.skp is not None:
        atasan_id = target.skp.atasan_pejabat_penilai_id
    status = cur.get("status")
    if verb in ("create", "file"):
        if not _pemilik(actor, target.skp) or target.proposed.get("pegawai_id") != actor.pegawai_id:
            return _tolak("Hanya pegawai yang dinilai yang dapat mengajukan keberatan.")
        return ALLOW
    if verb in ("update", "delete", "restore"):
        if not _pemilik(actor, target.skp):
            return _tolak("Hanya pengaju yang dapat mengubah keberatannya.")
        if status not in (StatusKeberatan.DIAJUKAN, StatusKeberatan.TERLAMBAT):
            return Refuse("invalid_transition", "Keberatan sudah diproses; tidak dapat diubah.")
        if verb == "update" and not set(target.proposed) <= _KEBERATAN_PEMILIK:
            return Refuse("field_not_editable", "Kolom ini tidak dapat diubah oleh pengaju.")
        return ALLOW
    if verb == "explain":
        if actor.pegawai_id is None or actor.pegawai_id != (ppk_id or _skp_ppk(target)):
            return _tolak("Hanya pejabat penilai kinerja yang dapat memberi penjelasan.")
        ke = target.proposed.get("status", status)
        if status is not None and ke != status:
            return _domain(
                lambda: periksa_transisi_keberatan(StatusKeberatan(status), StatusKeberatan(ke))
            )
        if status in (StatusKeberatan.DISETUJUI, StatusKeberatan.DITOLAK):
            return Refuse("invalid_transition", "Keputusan keberatan sudah final.")
        return ALLOW
    if verb in ("open", "decide"):
        if actor.pegawai_id is None or actor.pegawai_id != atasan_id:
            return _tolak("Hanya atasan pejabat penilai yang dapat memutuskan keberatan.")
        if verb == "decide" and status is not None:
            keputusan = target.proposed.get("status")
            return _domain(
                lambda: periksa_keputusan_keberatan(
                    StatusKeberatan(status), StatusKeberatan(keputusan or "")
                )
            )
        return ALLOW
    return Refuse("unknown_op", "Operasi keberatan tidak dikenal.")


def _skp_ppk(target: TargetFacts) -> str | None:
    return target.skp.pejabat_penilai_id if target.skp is not None else None


def _domain(check: Callable[[], None]) -> Decision:
    try:
        check()
    except (DomainError, ValueError) as error:
        return Refuse("invalid_transition", str(error))
    return ALLOW


def policy_admin(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Master data (instansi, unor, pegawai, PLT/PLH, periods, capaian, kurva, angka kredit)."""
    if not _admin(actor, target):
        return _tolak("Hanya admin instansi yang dapat mengubah data induk.")
    return ALLOW


def policy_tim(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Tim kerja: created by the head of the unit; changed by its creator, the unit's head or
    the admin. Anggota: the ketua, the creator, the unit's head or the admin."""
    if _admin(actor, target):
        return ALLOW
    me = actor.pegawai_id
    if me is None:
        return _tolak()
    if target.entity == "tim_kerja":
        unor = target.value.get("unor_id")
        if unor in rel.unor_dipimpin or (verb != "create" and target.tim_pembuat_id == me):
            return ALLOW
        return _tolak("Tim kerja dibentuk oleh pimpinan unit kerjanya.")
    if me in (target.tim_ketua_id, target.tim_pembuat_id) or target.tim_unor_id in (
        rel.unor_dipimpin
    ):
        return ALLOW
    return _tolak("Anggota tim diatur oleh ketua tim.")


def policy_server_only(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """Records the server writes itself (status history): never from a client."""
    return _tolak("Riwayat status dicatat oleh server, tidak dapat diubah.")


def policy_skp_status(actor: Actor, verb: str, target: TargetFacts, rel: Relations) -> Decision:
    """skp.submit / approve / return / set_status per the status machine (domain.md §3).

    params: `ke` (target status; implied by submit/approve/return), `dari` or
    `expect_status` (the status the user saw), `catatan`, `versi_isi` (approve: the content
    version the PPK reviewed: a different one is `stale_review`).
    """
    skp = target.skp
    if skp is None or skp.deleted:
        return Refuse("not_found", "SKP tidak ditemukan di server.")
    p = target.proposed
    ke_raw = p.get("ke") or _STATUS_COMMAND_KE.get(verb)
    try:
        ke = StatusSkp(str(ke_raw))
    except ValueError:
        return Refuse("validation", "Status tujuan tidak dikenal.")
    expect = p.get("expect_status") or p.get("dari")
    roles = peran_skp(actor, skp, rel)
    if not roles:
        return _tolak("Anda tidak berwenang mengubah status SKP ini.")
    if expect is not None and expect != skp.status:
        if skp.status == ke:
            return Refuse("status_changed", f"Status SKP sudah {ke.label}.")
        if _pemilik(actor, skp) and skp.status != StatusSkp.DRAFT:
            return Refuse("skp_locked", PESAN_SUDAH_DISETUJUI)
        return Refuse("status_changed", "Status SKP sudah berubah di server; muat ulang.")
    allowed = [r for r in roles if can_transition(skp.status, ke, r)]
    if not allowed:
        return Refuse(
            "invalid_transition",
            f"Status SKP tidak dapat diubah dari {skp.status.label} ke {ke.label}.",
        )
    catatan = (p.get("catatan") or "").strip()
    if all(wajib_catatan(skp.status, ke, r) for r in allowed) and not catatan:
        return Refuse("validation", "Catatan perbaikan wajib diisi saat mengembalikan SKP.")
    versi = p.get("versi_isi")
    menyetujui = ke == StatusSkp.PERSETUJUAN and not _pemilik(actor, skp)
    if menyetujui and versi is not None and int(versi) != skp.versi_isi:
        return Refuse("stale_review", PESAN_STALE_REVIEW)
    return ALLOW


_STATUS_COMMAND_KE = {
    "submit": StatusSkp.PENGAJUAN,
    "approve": StatusSkp.PERSETUJUAN,
    "return": StatusSkp.DRAFT,
}


def peran_skp(actor: Actor, skp: SkpFacts, rel: Relations) -> list[Any]:
    """Every role the actor holds towards the SKP (a PeranSkp list)."""
    from .enums import PeranSkp

    roles: list[PeranSkp] = []
    if _pemilik(actor, skp):
        roles.append(
            PeranSkp.PEGAWAI_UNOR_MANDIRI if skp.pemilik_memimpin_unor_mandiri else PeranSkp.PEGAWAI
        )
    if _ppk(actor, skp, rel):
        roles.append(PeranSkp.PEJABAT_PENILAI)
    if actor.is_admin:
        roles.append(PeranSkp.ADMIN)
    return roles


# --- the operation table --------------------------------------------------------------------


@dataclass(frozen=True)
class EntityRule:
    """The policy of the generic record ops on one entity, and its documentation."""

    policy: Policy
    siapa: str  # who, for docs/operations.md
    kapan: str = "—"  # in which state
    #: Fields that, once created, never change (they place the record; scope depends on them).
    tetap: frozenset[str] = frozenset()


_ISI = "pemilik SKP"
ENTITY_RULES: dict[str, EntityRule] = {
    "skp": EntityRule(policy_isi_skp, _ISI, "Draft", frozenset({"pegawai_id"})),
    "rhk": EntityRule(policy_isi_skp, _ISI, "SKP Draft", frozenset({"skp_id"})),
    "iki": EntityRule(policy_isi_skp, _ISI, "SKP Draft", frozenset({"rhk_id"})),
    "lampiran_item": EntityRule(policy_isi_skp, _ISI, "SKP Draft", frozenset({"skp_id"})),
    "manual_iki": EntityRule(policy_isi_skp, _ISI, "SKP Draft", frozenset({"iki_id"})),
    "ekspektasi_khusus": EntityRule(policy_ppk, "PPK", "semua status", frozenset({"skp_id"})),
    "periode_penilaian": EntityRule(
        policy_pelaksanaan, _ISI, "SKP Persetujuan", frozenset({"skp_id", "periode_id"})
    ),
    "rencana_aksi": EntityRule(
        policy_pelaksanaan,
        _ISI,
        "SKP Persetujuan, periode periodik, sebelum batas pengisian",
        frozenset({"periode_penilaian_id"}),
    ),
    "realisasi": EntityRule(
        policy_pelaksanaan,
        _ISI,
        "SKP Persetujuan, sebelum batas pengisian",
        frozenset({"periode_penilaian_id"}),
    ),
    "bukti_dukung": EntityRule(
        policy_pelaksanaan,
        _ISI,
        "SKP Persetujuan, sebelum batas pengisian",
        frozenset({"periode_penilaian_id"}),
    ),
    "feedback": EntityRule(
        policy_feedback,
        "PPK, ketua tim, rekan kerja (perilaku); ubah/hapus: pemberinya",
        "SKP Persetujuan, sebelum batas pengisian",
        frozenset({"periode_penilaian_id", "dari_id"}),
    ),
    "penilaian": EntityRule(
        policy_penilaian,
        "PPK",
        "SKP Persetujuan, sesudah feedback hasil kerja",
        frozenset({"periode_penilaian_id"}),
    ),
    "keberatan": EntityRule(
        policy_keberatan,
        "pemilik (ajukan, ubah selama Diajukan)",
        "lihat keberatan.*",
        frozenset({"penilaian_id", "pegawai_id"}),
    ),
    "aktivitas_harian": EntityRule(
        policy_aktivitas,
        "pemilik; validasi: PPK",
        "—",
        frozenset({"pegawai_id", "skp_id"}),
    ),
    "riwayat_status_skp": EntityRule(policy_server_only, "tidak ada (dicatat server)"),
    "tim_kerja": EntityRule(policy_tim, "pimpinan unit, pembuat tim, admin"),
    "anggota_tim": EntityRule(
        policy_tim, "ketua tim, pembuat tim, pimpinan unit, admin", "—", frozenset({"tim_kerja_id"})
    ),
}
for _entity in (
    "instansi",
    "unor",
    "pegawai",
    "plt_plh",
    "periode",
    "periode_dibuka_ulang",
    "capaian_organisasi",
    "kurva_ideal",
    "angka_kredit",
):
    ENTITY_RULES[_entity] = EntityRule(policy_admin, "admin instansi")


@dataclass(frozen=True)
class OpSpec:
    """A named operation: which entity it acts on and how.

    mode: `create` (a new record, payload = all fields), `update` (payload = changed fields),
    `upsert` (create when the record is new on the server, else update with the payload),
    `status` (SKP workflow command), `keberatan` (keberatan workflow: the fields in the payload
    are applied as an update after the workflow check; `decide` DISETUJUI also rates).
    """

    entity: str
    mode: str
    policy: Policy
    siapa: str
    kapan: str = "—"
    verb: str = ""  # the verb the policy sees (defaults to the mode)


def _on(rule: str) -> Policy:
    return ENTITY_RULES[rule].policy


OPERATIONS: dict[str, OpSpec] = {
    "skp.submit": OpSpec(
        "skp", "status", policy_skp_status, "pemilik", "Draft → Pengajuan", "submit"
    ),
    "skp.approve": OpSpec(
        "skp",
        "status",
        policy_skp_status,
        "PPK",
        "Pengajuan → Persetujuan, versi_isi sama",
        "approve",
    ),
    "skp.return": OpSpec(
        "skp",
        "status",
        policy_skp_status,
        "PPK (catatan wajib), admin",
        "Pengajuan → Draft",
        "return",
    ),
    "skp.set_status": OpSpec(
        "skp",
        "status",
        policy_skp_status,
        "menurut tabel domain.md §3",
        "tabel transisi",
        "set_status",
    ),
    "ekspektasi.set": OpSpec("ekspektasi_khusus", "upsert", _on("ekspektasi_khusus"), "PPK"),
    "periode_penilaian.add": OpSpec(
        "periode_penilaian", "create", _on("periode_penilaian"), _ISI, "SKP Persetujuan"
    ),
    "realisasi.set": OpSpec(
        "realisasi", "upsert", _on("realisasi"), _ISI, "SKP Persetujuan, sebelum batas"
    ),
    "bukti_dukung.add": OpSpec(
        "bukti_dukung", "create", _on("bukti_dukung"), _ISI, "SKP Persetujuan, sebelum batas"
    ),
    "feedback.add": OpSpec(
        "feedback", "create", _on("feedback"), "PPK, ketua tim, rekan kerja", "sebelum batas"
    ),
    "rating.set": OpSpec("penilaian", "upsert", _on("penilaian"), "PPK", "SKP Persetujuan"),
    "keberatan.file": OpSpec(
        "keberatan", "create", policy_keberatan, "pemilik", "sesudah predikat", "file"
    ),
    "keberatan.explain": OpSpec(
        "keberatan", "keberatan", policy_keberatan, "PPK", "Diajukan → Dijelaskan", "explain"
    ),
    "keberatan.open": OpSpec(
        "keberatan", "keberatan", policy_keberatan, "atasan PPK", "belum final", "open"
    ),
    "keberatan.decide": OpSpec(
        "keberatan",
        "keberatan",
        policy_keberatan,
        "atasan PPK",
        "Dijelaskan → Disetujui/Ditolak",
        "decide",
    ),
    "tim.generate_skp_organisasi": OpSpec(
        "tim_kerja", "update", policy_tim, "pimpinan unit / pembuat tim"
    ),
    "tim.set_ketua": OpSpec("tim_kerja", "update", policy_tim, "pimpinan unit / pembuat tim"),
    "tim.add_anggota": OpSpec("anggota_tim", "create", policy_tim, "ketua tim"),
    "tim.remove_anggota": OpSpec("anggota_tim", "delete", policy_tim, "ketua tim"),
    "capaian.set": OpSpec("capaian_organisasi", "upsert", policy_admin, "admin instansi"),
    "capaian.finalize": OpSpec("capaian_organisasi", "update", policy_admin, "admin instansi"),
    "capaian.unfinalize": OpSpec("capaian_organisasi", "update", policy_admin, "admin instansi"),
}

RECORD_VERBS = ("create", "update", "delete", "restore")


def resolve_op(op: str) -> OpSpec | None:
    """The spec of an op: a named operation, or a generic record verb on a known entity."""
    spec = OPERATIONS.get(op)
    if spec is not None:
        return spec
    entity, _, verb = op.partition(".")
    rule = ENTITY_RULES.get(entity)
    if rule is None or verb not in RECORD_VERBS:
        return None
    return OpSpec(entity, verb, rule.policy, rule.siapa, rule.kapan, verb)


def authorize(actor: Actor, op: str, target: TargetFacts, relations: Relations) -> Decision:
    """Allow or Refuse(reason, pesan) for `op` by `actor` on `target`, from current relations.

    Also refuses changes to a record's placing fields (`EntityRule.tetap`), which would move
    it to another SKP or owner.
    """
    spec = resolve_op(op)
    if spec is None:
        return Refuse("unknown_op", f"Operasi {op!r} tidak dikenal oleh server.")
    rule = ENTITY_RULES.get(spec.entity)
    if rule is not None and target.exists and spec.mode in ("update", "upsert", "keberatan"):
        moved = [
            key
            for key in rule.tetap
            if key in target.proposed and target.proposed[key] != target.current.get(key)
        ]
        if moved:
            return Refuse("field_not_editable", f"Kolom {', '.join(sorted(moved))} tetap.")
    verb = spec.verb or spec.mode
    if verb == "upsert":
        verb = "update" if target.exists else "create"
    return spec.policy(actor, verb, target, relations)


# --- what a user may see (pull) -------------------------------------------------------------

#: Of a leader's SKP (the atasan chain, the ketua of one's teams) a pegawai sees only these,
#: to intervene the leader's RHK (S000 2.1).
LEADER_ENTITIES = frozenset({"skp", "rhk", "iki"})


@dataclass(frozen=True)
class ReadScope:
    """What one user may see now, from current relations.

    * `full_skps`: SKPs seen whole: one's own, those one is PPK (also PLT/PLH) or atasan PPK
      of, and those of the members of teams one leads;
    * `leader_skps`: SKPs of one's leaders, seen as SKP/RHK/IKI only;
    * every master-data row of one's instansi (instansi, unor, pegawai names, periods, teams);
    * personal rows outside an SKP (`pegawai_id`): one's own and one's bawahan's;
    * the admin: the whole instansi.
    """

    instansi_id: str | None
    pegawai_id: str | None
    is_admin: bool = False
    full_skps: frozenset[str] = frozenset()
    leader_skps: frozenset[str] = frozenset()
    bawahan: frozenset[str] = frozenset()


def visible(
    entity: str,
    skp_id: str | None,
    instansi_id: str | None,
    pegawai_id: str | None,
    scope: ReadScope,
) -> bool:
    """Whether a record placed at (skp_id, instansi_id, pegawai_id) is in the user's scope."""
    if scope.is_admin and scope.instansi_id is None:
        return True  # an admin account not tied to a pegawai: the whole server
    if instansi_id is not None and instansi_id != scope.instansi_id:
        return False
    if scope.is_admin:
        return True
    if skp_id is not None:
        if skp_id in scope.full_skps:
            return True
        return skp_id in scope.leader_skps and entity in LEADER_ENTITIES
    if pegawai_id is not None:
        return pegawai_id == scope.pegawai_id or pegawai_id in scope.bawahan
    return True
