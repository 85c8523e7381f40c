"""Words for people: operation names, outcomes and issue kinds, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ekinerja_desktop.domain.enums import StatusOutbox

translate = QCoreApplication.translate  # literal contexts, so pyside6-lupdate finds them


def entity_label(entity: str) -> str:
    labels = {
        "skp": translate("SyncLabels", "SKP"),
        "rhk": translate("SyncLabels", "RHK"),
        "iki": translate("SyncLabels", "IKI"),
        "ekspektasi_khusus": translate("SyncLabels", "Ekspektasi khusus"),
        "lampiran_item": translate("SyncLabels", "Lampiran SKP"),
        "manual_iki": translate("SyncLabels", "Manual indikator"),
        "rencana_aksi": translate("SyncLabels", "Rencana aksi"),
        "realisasi": translate("SyncLabels", "Realisasi"),
        "bukti_dukung": translate("SyncLabels", "Bukti dukung"),
        "feedback": translate("SyncLabels", "Umpan balik"),
        "rating": translate("SyncLabels", "Rating"),
        "penilaian_periode": translate("SyncLabels", "Penilaian"),
        "keberatan": translate("SyncLabels", "Keberatan"),
        "tim_kerja": translate("SyncLabels", "Tim kerja"),
        "anggota_tim": translate("SyncLabels", "Anggota tim"),
        "aktivitas_harian": translate("SyncLabels", "Aktivitas harian"),
        "pegawai": translate("SyncLabels", "Pegawai"),
        "unor": translate("SyncLabels", "Unit organisasi"),
    }
    return labels.get(entity, entity.replace("_", " ").capitalize())


def verb_label(verb: str) -> str:
    labels = {
        "create": translate("SyncLabels", "Tambah"),
        "update": translate("SyncLabels", "Ubah"),
        "delete": translate("SyncLabels", "Hapus"),
        "restore": translate("SyncLabels", "Pulihkan"),
        "submit": translate("SyncLabels", "Ajukan"),
        "approve": translate("SyncLabels", "Setujui"),
        "return": translate("SyncLabels", "Kembalikan"),
        "set_status": translate("SyncLabels", "Ubah status"),
        "set": translate("SyncLabels", "Isi"),
        "add": translate("SyncLabels", "Tambah"),
        "file": translate("SyncLabels", "Ajukan"),
        "explain": translate("SyncLabels", "Jelaskan"),
        "decide": translate("SyncLabels", "Putuskan"),
    }
    return labels.get(verb, verb)


def op_label(op: str) -> str:
    """`rhk.update` → "Ubah RHK"."""
    entity, _, verb = op.partition(".")
    return f"{verb_label(verb)} {entity_label(entity)}"


def state_label(state: StatusOutbox) -> str:
    return {
        StatusOutbox.PENDING: translate("SyncLabels", "Menunggu"),
        StatusOutbox.SENDING: translate("SyncLabels", "Sedang dikirim"),
        StatusOutbox.DONE: translate("SyncLabels", "Diterima server"),
        StatusOutbox.CONFLICT: translate("SyncLabels", "Konflik"),
        StatusOutbox.REFUSED: translate("SyncLabels", "Ditolak"),
    }[state]


def outcome_label(outcome: str) -> str:
    return {
        "applied": translate("SyncLabels", "Diterapkan"),
        "merged": translate("SyncLabels", "Digabung"),
        "acked": translate("SyncLabels", "Diterima server"),
        "duplicate": translate("SyncLabels", "Diterapkan"),
        "conflict": translate("SyncLabels", "Konflik"),
        "refused": translate("SyncLabels", "Ditolak"),
    }.get(outcome, outcome)


def kind_label(kind: str) -> str:
    return (
        translate("SyncLabels", "Konflik")
        if kind == "conflict"
        else translate("SyncLabels", "Ditolak")
    )


def resolution_label(resolution: str | None, sent: bool) -> str:
    if resolution is None:
        return translate("SyncLabels", "Perlu keputusan")
    text = (
        translate("SyncLabels", "Pakai punya saya")
        if resolution == "mine"
        else translate("SyncLabels", "Pakai versi server")
    )
    return text if sent else text + " " + translate("SyncLabels", "(belum terkirim)")
