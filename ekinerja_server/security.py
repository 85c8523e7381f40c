"""Sign-in: argon2 password hashes, signed short-lived access tokens, rotating refresh tokens,
and slowing down failed logins per NIP and per address.

Tokens and passwords never reach a log line: the functions here log outcomes only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ekinerja_desktop.models.base import utcnow
from ekinerja_desktop.sync.protocol import ACCESS_TOKEN_TTL_S
from ekinerja_server.models import LoginThrottle, RefreshToken, ServerMeta

log = logging.getLogger(__name__)

TOKEN_SECRET_KEY = "token_secret"
REFRESH_TOKEN_TTL = timedelta(days=180)  # months offline must not force a password
# A replaced refresh token presented again this soon, its successor unused: a lost answer.
REUSE_GRACE = timedelta(minutes=10)
# Failed logins: the first FREE_FAILURES are free, then 2, 4, 8 … s, capped.
FREE_FAILURES = 3
MAX_DELAY_S = 15 * 60
FAILURE_MEMORY = timedelta(hours=1)  # a key with no failure for this long starts afresh

# argon2id with the RFC 9106 low-memory profile (64 MiB, t=3): memory-hard, ~50 ms.
_hasher = PasswordHasher()
# Verified against when the NIP is unknown, so both answers take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_password(length: int = 14) -> str:
    """A random password without look-alike characters, for printed demo/admin accounts."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- access tokens --------------------------------------------------------------------------


def token_secret(session: Session) -> bytes:
    """The HMAC key of access tokens, made once per database (a restore keeps it)."""
    value = session.scalar(select(ServerMeta.value).where(ServerMeta.key == TOKEN_SECRET_KEY))
    if value is None:
        value = secrets.token_hex(32)
        session.add(ServerMeta(key=TOKEN_SECRET_KEY, value=value))
        session.flush()
    return bytes.fromhex(value)


@dataclass(frozen=True)
class AccessClaims:
    akun_id: str
    expires: float


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_access_token(secret: bytes, akun_id: str, now: float | None = None) -> str:
    """`<payload>.<hmac>`: stateless, 15 minutes; the account is re-checked on every use."""
    claims = {"a": akun_id, "e": int((now or time.time()) + ACCESS_TOKEN_TTL_S)}
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{signature}"


def read_access_token(secret: bytes, token: str, now: float | None = None) -> AccessClaims | None:
    """The claims of a valid, unexpired token; None for anything else."""
    try:
        payload, signature = token.split(".")
        expected = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(signature, expected):
            return None
        claims = json.loads(_unb64(payload))
        expires = float(claims["e"])
        akun_id = str(claims["a"])
    except (ValueError, KeyError, TypeError):
        return None
    if expires < (now or time.time()):
        return None
    return AccessClaims(akun_id, expires)


# --- refresh tokens -------------------------------------------------------------------------


class RefreshError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code  # refresh_invalid | refresh_reused


def issue_refresh_token(
    session: Session,
    akun_id: str,
    family_id: str | None = None,
    device_name: str | None = None,
    token: str | None = None,
) -> str:
    token = token or secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        RefreshToken(
            family_id=family_id or str(uuid.uuid4()),
            akun_id=akun_id,
            token_hash=sha256_hex(token),
            device_name=device_name,
            created_at=now,
            expires_at=now + REFRESH_TOKEN_TTL,
        )
    )
    return token


def successor_token(secret: bytes, token: str) -> str:
    """The token that replaces `token`: derived, not drawn, so a refresh whose answer was lost
    (or that arrived twice) is answered with the same new token again (SYNC.md principle 2).
    Unguessable without the server's secret and the old token."""
    digest = hmac.new(secret, b"refresh:" + token.encode(), hashlib.sha256).digest()
    return _b64(digest)


def rotate_refresh_token(
    session: Session, token: str, secret: bytes | None = None
) -> tuple[str, str]:
    """(akun_id, new token). A token already replaced → the family is revoked: someone holds
    a copy (SYNC.md sign-in; OAuth 2.0 Security BCP refresh token rotation) — unless its
    successor was never used and the replacement is recent (`REUSE_GRACE`): then the answer was
    lost on the way, and the same successor is answered again."""
    now = utcnow()
    row = session.scalar(select(RefreshToken).where(RefreshToken.token_hash == sha256_hex(token)))
    if row is None or row.revoked_at is not None or row.expires_at < now:
        raise RefreshError("refresh_invalid")
    if row.replaced_at is not None:
        if secret is not None and now - row.replaced_at <= REUSE_GRACE:
            again = successor_token(secret, token)
            successor = session.scalar(
                select(RefreshToken).where(RefreshToken.token_hash == sha256_hex(again))
            )
            unused = successor is not None and successor.replaced_at is None
            if unused and successor is not None and successor.revoked_at is None:
                return row.akun_id, again
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        log.warning("refresh token reuse: family revoked", extra={"fields": {"akun": row.akun_id}})
        raise RefreshError("refresh_reused")
    row.replaced_at = now
    new = successor_token(secret, token) if secret is not None else None
    return row.akun_id, issue_refresh_token(
        session, row.akun_id, row.family_id, row.device_name, token=new
    )


def revoke_refresh_family(session: Session, token: str) -> None:
    row = session.scalar(select(RefreshToken).where(RefreshToken.token_hash == sha256_hex(token)))
    if row is not None:
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )


# --- failed logins --------------------------------------------------------------------------


def throttle_keys(nip: str, address: str | None) -> list[str]:
    keys = [f"nip:{nip.strip()[:32]}"]
    if address:
        keys.append(f"ip:{address[:64]}")
    return keys


def blocked_for(session: Session, keys: list[str], now: datetime | None = None) -> float:
    """Seconds until a login may be tried again for any of the keys (0: now)."""
    now = now or utcnow()
    rows = session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))
    wait = 0.0
    for row in rows:
        if row.blocked_until is not None and row.blocked_until > now:
            wait = max(wait, (row.blocked_until - now).total_seconds())
    return wait


def delay_after(failures: int) -> float:
    """Exponential: none for the first FREE_FAILURES, then 2, 4, 8 … s up to MAX_DELAY_S."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S))


def record_failure(session: Session, keys: list[str], now: datetime | None = None) -> float:
    """Count a failed login against every key; returns the delay now imposed (seconds)."""
    now = now or utcnow()
    wait = 0.0
    for key in keys:
        row = session.get(LoginThrottle, key)
        if row is None:
            row = LoginThrottle(key=key, failures=0, last_failure_at=now)
            session.add(row)
        elif now - row.last_failure_at > FAILURE_MEMORY:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        delay = delay_after(row.failures)
        row.blocked_until = now + timedelta(seconds=delay) if delay else None
        wait = max(wait, delay)
    return wait


def record_success(session: Session, nip_key: str) -> None:
    """A good password clears the NIP's counter (not the address's: one valid account must not
    wash an address that is guessing others)."""
    row = session.get(LoginThrottle, nip_key)
    if row is not None:
        session.delete(row)
