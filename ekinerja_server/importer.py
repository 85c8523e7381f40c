"""`ekinerja-server import`: unit organisasi and pegawai from an .xlsx workbook.

The workbook has two sheets, each with a header row (column order is free, names are not):

* **Unor**: `nama`*, `jenis`, `unor_atasan` (nama of another unit), `unor_induk` (nama),
  `mandiri` (ya/tidak), `kota`.
* **Pegawai**: `nip`*, `nama`*, `jabatan`*, `unor`* (nama of a unit), `golongan`,
  `jenis_jabatan` (PIMPINAN/PEGAWAI), `kelompok_jabatan` (JPT/JA/JF), `jenjang`,
  `tmt_jabatan` (date), `nip_atasan`, `email`, `admin` (ya/tidak).

Every row is checked first; any error is reported by sheet, row and column in Indonesian and
nothing is imported. Otherwise everything goes in one transaction: units matched by name and
pegawai by NIP are updated, the others created; all of them enter the change log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    DomainError,
    JenisJabatan,
    Jenjang,
    KelompokJabatan,
    normalisasi_golongan,
    parse_nik,
    parse_nip,
)
from ekinerja_desktop.models import Instansi, Pegawai, Unor
from ekinerja_desktop.models.base import utcnow
from ekinerja_server.models import ChangeLog, RecordScope, SeqCounter
from ekinerja_server.seed import index_new_rows

YA = {"ya", "y", "true", "1", "benar"}
TIDAK = {"tidak", "t", "false", "0", "salah", ""}


class ImportError_(ValueError):
    """The workbook has errors; `errors` lists them, one line each, in Indonesian."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    unor_baru: int = 0
    unor_diubah: int = 0
    pegawai_baru: int = 0
    pegawai_diubah: int = 0
    pegawai_ids: list[str] = field(default_factory=list)


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[int, dict[str, Any]]]


def _read(path: Path, errors: list[str]) -> dict[str, _Sheet]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a bad file
        raise ImportError_([f"Berkas tidak dapat dibaca sebagai .xlsx: {error}"]) from error
    sheets: dict[str, _Sheet] = {}
    for wanted in ("Unor", "Pegawai"):
        match = next((n for n in workbook.sheetnames if n.strip().lower() == wanted.lower()), None)
        if match is None:
            errors.append(f"Lembar '{wanted}' tidak ada di berkas.")
            continue
        rows = list(workbook[match].iter_rows(values_only=True))
        if not rows:
            errors.append(f"Lembar {wanted} kosong.")
            continue
        header = [str(h).strip().lower() if h is not None else "" for h in rows[0]]
        data = []
        for number, values in enumerate(rows[1:], start=2):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            data.append((number, dict(zip(header, values, strict=False))))
        sheets[wanted] = _Sheet(wanted, data)
    workbook.close()
    return sheets


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, sheet: str, row: int, column: str, message: str) -> None:
        self.errors.append(f"Lembar {sheet}, baris {row}, kolom {column}: {message}")

    def required(self, sheet: str, number: int, row: dict[str, Any], key: str) -> str:
        value = _text(row, key)
        if not value:
            self.error(sheet, number, key, "wajib diisi.")
        return value

    def flag(self, sheet: str, number: int, row: dict[str, Any], key: str) -> bool:
        value = _text(row, key).lower()
        if value in YA:
            return True
        if value not in TIDAK:
            self.error(sheet, number, key, f"isi 'ya' atau 'tidak', tertulis '{value}'.")
        return False

    def choice(self, sheet: str, number: int, row: dict[str, Any], key: str, enum: Any) -> Any:
        value = _text(row, key).upper().replace(" ", "_")
        if not value:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.error(sheet, number, key, f"'{value}' tidak dikenal (pilih: {allowed}).")
            return None


def import_workbook(session: Session, path: Path, instansi_nama: str | None = None) -> ImportResult:
    """Validate, then import in the caller's transaction; ImportError_ lists every error."""
    errors: list[str] = []
    sheets = _read(path, errors)
    if errors:
        raise ImportError_(errors)
    check = _Checker()
    instansi = _instansi(session, instansi_nama, check)
    existing_unor = (
        {
            u.nama.strip().lower(): u
            for u in session.scalars(select(Unor).where(Unor.instansi_id == instansi.id))
        }
        if instansi.id
        else {}
    )
    unor_rows: dict[str, dict[str, Any]] = {}
    for number, row in sheets["Unor"].rows:
        nama = check.required("Unor", number, row, "nama")
        if nama.lower() in unor_rows:
            check.error("Unor", number, "nama", f"unit '{nama}' tertulis dua kali.")
        unor_rows[nama.lower()] = {
            "_row": number,
            "nama": nama,
            "jenis": _text(row, "jenis") or None,
            "atasan": _text(row, "unor_atasan"),
            "induk": _text(row, "unor_induk"),
            "mandiri": check.flag("Unor", number, row, "mandiri"),
            "kota": _text(row, "kota") or None,
        }
    known_unor = set(unor_rows) | set(existing_unor)
    for values in unor_rows.values():
        for key, column in (("atasan", "unor_atasan"), ("induk", "unor_induk")):
            if values[key] and values[key].lower() not in known_unor:
                check.error("Unor", values["_row"], column, f"unit '{values[key]}' tidak dikenal.")

    existing_nip = {p.nip: p for p in session.scalars(select(Pegawai))}
    pegawai_rows: dict[str, dict[str, Any]] = {}
    for number, row in sheets["Pegawai"].rows:
        nip = check.required("Pegawai", number, row, "nip").replace(" ", "")
        if nip:
            try:
                if len(nip) == 16:
                    parse_nik(nip)
                else:
                    parse_nip(nip)
            except DomainError as error:
                check.error("Pegawai", number, "nip", str(error))
            if nip in pegawai_rows:
                check.error("Pegawai", number, "nip", f"NIP {nip} tertulis dua kali.")
        golongan = _text(row, "golongan")
        if golongan:
            try:
                golongan = normalisasi_golongan(golongan)
            except DomainError as error:
                check.error("Pegawai", number, "golongan", str(error))
        tmt = row.get("tmt_jabatan")
        if isinstance(tmt, datetime):
            tmt = tmt.date()
        elif tmt not in (None, "") and not isinstance(tmt, date):
            try:
                tmt = date.fromisoformat(str(tmt).strip())
            except ValueError:
                check.error("Pegawai", number, "tmt_jabatan", f"tanggal tidak valid: '{tmt}'.")
                tmt = None
        unor = check.required("Pegawai", number, row, "unor")
        if unor and unor.lower() not in known_unor:
            check.error("Pegawai", number, "unor", f"unit '{unor}' tidak dikenal.")
        pegawai_rows[nip] = {
            "_row": number,
            "nip": nip,
            "nama": check.required("Pegawai", number, row, "nama"),
            "jabatan": check.required("Pegawai", number, row, "jabatan"),
            "unor": unor,
            "golongan": golongan or None,
            "jenis_jabatan": check.choice("Pegawai", number, row, "jenis_jabatan", JenisJabatan)
            or JenisJabatan.PEGAWAI,
            "kelompok_jabatan": check.choice(
                "Pegawai", number, row, "kelompok_jabatan", KelompokJabatan
            )
            or KelompokJabatan.JA,
            "jenjang": check.choice("Pegawai", number, row, "jenjang", Jenjang),
            "tmt_jabatan": tmt or None,
            "atasan": _text(row, "nip_atasan").replace(" ", ""),
            "email": _text(row, "email") or None,
            "is_admin": check.flag("Pegawai", number, row, "admin"),
        }
    for values in pegawai_rows.values():
        atasan = values["atasan"]
        if atasan and atasan not in pegawai_rows and atasan not in existing_nip:
            check.error("Pegawai", values["_row"], "nip_atasan", f"NIP {atasan} tidak dikenal.")
        if atasan and atasan == values["nip"]:
            check.error("Pegawai", values["_row"], "nip_atasan", "atasan tidak boleh diri sendiri.")
    if check.errors:
        raise ImportError_(check.errors)
    return _write(session, instansi, existing_unor, unor_rows, existing_nip, pegawai_rows)


def _instansi(session: Session, nama: str | None, check: _Checker) -> Instansi:
    found = list(session.scalars(select(Instansi)))
    if nama:
        match = [i for i in found if i.nama.strip().lower() == nama.strip().lower()]
        if match:
            return match[0]
        return Instansi(id=str(uuid.uuid4()), nama=nama.strip())
    if len(found) == 1:
        return found[0]
    check.errors.append(
        "Sebutkan instansi dengan --instansi (basis data ini "
        + ("belum punya instansi)." if not found else "punya lebih dari satu instansi).")
    )
    raise ImportError_(check.errors)


def _write(
    session: Session,
    instansi: Instansi,
    existing_unor: dict[str, Unor],
    unor_rows: dict[str, dict[str, Any]],
    existing_nip: dict[str, Pegawai],
    pegawai_rows: dict[str, dict[str, Any]],
) -> ImportResult:
    now = utcnow()
    result = ImportResult()
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    if instansi not in session:
        session.execute(insert(Instansi), [{"id": instansi.id, "nama": instansi.nama, **stamp}])
    unor_ids = {key: u.id for key, u in existing_unor.items()}
    for key in unor_rows:
        unor_ids.setdefault(key, str(uuid.uuid4()))
    changed: list[tuple[str, str, int]] = []
    for key, values in unor_rows.items():
        fields = {
            "nama": values["nama"],
            "jenis": values["jenis"],
            "unor_atasan_id": unor_ids.get(values["atasan"].lower()) if values["atasan"] else None,
            "unor_induk_id": unor_ids.get(values["induk"].lower()) if values["induk"] else None,
            "mandiri": values["mandiri"],
            "kota": values["kota"],
        }
        if key in existing_unor:
            old = existing_unor[key]
            session.execute(
                update(Unor)
                .where(Unor.id == old.id)
                .values(**fields, version=Unor.version + 1, updated_at=now)
            )
            changed.append(("unor", old.id, old.version + 1))
            result.unor_diubah += 1
        else:
            session.execute(
                insert(Unor), [{"id": unor_ids[key], "instansi_id": instansi.id, **fields, **stamp}]
            )
            result.unor_baru += 1
    pegawai_ids = {nip: p.id for nip, p in existing_nip.items()}
    for nip in pegawai_rows:
        pegawai_ids.setdefault(nip, str(uuid.uuid4()))
    # Insert without atasan first, then set it: the order of rows then does not matter.
    for nip, values in pegawai_rows.items():
        fields = {
            k: values[k]
            for k in (
                "nama",
                "jabatan",
                "golongan",
                "jenis_jabatan",
                "kelompok_jabatan",
                "jenjang",
                "tmt_jabatan",
                "email",
                "is_admin",
            )
        }
        fields["unor_id"] = unor_ids[values["unor"].lower()]
        if nip in existing_nip:
            lama = existing_nip[nip]
            session.execute(
                update(Pegawai)
                .where(Pegawai.id == lama.id)
                .values(**fields, version=Pegawai.version + 1, updated_at=now)
            )
            changed.append(("pegawai", lama.id, lama.version + 1))
            result.pegawai_diubah += 1
        else:
            session.execute(
                insert(Pegawai),
                [
                    {
                        "id": pegawai_ids[nip],
                        "instansi_id": instansi.id,
                        "nip": nip,
                        "atasan_id": None,
                        **fields,
                        **stamp,
                    }
                ],
            )
            result.pegawai_baru += 1
        result.pegawai_ids.append(pegawai_ids[nip])
    for nip, values in pegawai_rows.items():
        atasan = pegawai_ids.get(values["atasan"]) if values["atasan"] else None
        session.execute(
            update(Pegawai).where(Pegawai.id == pegawai_ids[nip]).values(atasan_id=atasan)
        )
    session.flush()
    index_new_rows(session, now)
    _log_updates(session, changed, now)
    return result


def _log_updates(session: Session, changed: list[tuple[str, str, int]], now: datetime) -> None:
    """Change-log entries for rows updated in place (their places do not change)."""
    if not changed:
        return
    places = {
        row.entity_id: row
        for row in session.scalars(
            select(RecordScope).where(RecordScope.entity_id.in_([c[1] for c in changed]))
        )
    }
    top = session.execute(
        update(SeqCounter)
        .where(SeqCounter.id == 1)
        .values(value=SeqCounter.value + len(changed))
        .returning(SeqCounter.value)
    ).scalar_one()
    first = top - len(changed) + 1
    rows = []
    for offset, (entity, entity_id, version) in enumerate(changed):
        place = places.get(entity_id)
        keys = {"i": place.instansi_id} if place and place.instansi_id else {}
        rows.append(
            {
                "server_seq": first + offset,
                "entity": entity,
                "entity_id": entity_id,
                "version": version,
                "deleted": False,
                "scope_keys": keys,
                "created_at": now,
            }
        )
    session.execute(insert(ChangeLog), rows)
