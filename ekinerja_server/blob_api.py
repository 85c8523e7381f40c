"""The attachment endpoints of SYNC.md: declare, resumable upload (the tus subset), download.

- `POST /v1/blobs` `{sha256, size, mime}` → `have`, or an upload id and the durable offset.
- `HEAD /v1/blobs/uploads/{id}` → `Upload-Offset`, `Upload-Length`.
- `PATCH /v1/blobs/uploads/{id}` with `Upload-Offset` and `Upload-Checksum: sha256 <base64>`:
  appended, fsynced, the durable offset answered; another offset → 409 with the current one;
  a wrong checksum → 460, nothing written; the last chunk → the whole file's SHA-256 checked
  (a mismatch → 422, the upload is dropped: declare again).
- `GET /v1/blobs/{sha256}` with `Range`, only for a user who may see a referencing record;
  anyone else gets the same 404 as for a file that does not exist.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from ekinerja_desktop.sync import protocol as p
from ekinerja_server import blobs
from ekinerja_server.api import ServerState, _state, _who_loader, current_akun
from ekinerja_server.blobs import BlobError, BlobFiles
from ekinerja_server.http import ApiError, error_response, server_now
from ekinerja_server.models import Akun

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1")

UPLOAD_HEADERS = {"Cache-Control": "no-store", "Tus-Resumable": "1.0.0"}


def _files(state: ServerState) -> BlobFiles:
    if state.blob_dir is None:
        raise ApiError("unavailable", "Penyimpanan berkas server belum diatur.")
    return BlobFiles(state.blob_dir)


def _error(request: Request, error: BlobError) -> JSONResponse:
    extra = {} if error.offset is None else {"offset": error.offset}
    response = error_response(request, ApiError(error.code, error.message, extra=extra))
    if error.offset is not None:
        response.headers[p.HEADER_UPLOAD_OFFSET] = str(error.offset)
    response.headers.update(UPLOAD_HEADERS)
    return response


@router.post(
    p.PATH_BLOBS.removeprefix("/v1"),
    response_model=p.BlobDeclareResponse,
    response_model_exclude_none=True,
)
def declare(
    body: p.BlobDeclareRequest,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.BlobDeclareResponse | JSONResponse:
    state = _state(request)
    files = _files(state)
    now = state.clock()
    try:
        with state.write() as session, session.begin():
            who = _who_loader(akun, now)(session)
            declared = blobs.declare(
                session,
                files,
                who,
                akun.id,
                body.sha256,
                body.size,
                body.mime,
                state.max_blob_bytes,
                now,
            )
    except BlobError as error:
        return _error(request, error)
    return p.BlobDeclareResponse(
        server_time=server_now(),
        server_epoch=state.epoch,
        status="have" if declared.status == "have" else "upload",
        sha256=body.sha256,
        size=body.size,
        upload_id=declared.upload_id,
        offset=declared.offset,
    )


@router.head(p.PATH_BLOB_UPLOAD.removeprefix("/v1"))
def upload_status(
    upload_id: str,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> Response:
    state = _state(request)
    try:
        with state.read() as session:
            offset, size = blobs.upload_offset(session, upload_id, akun.id)
    except BlobError as error:
        return _error(request, error)
    headers = {p.HEADER_UPLOAD_OFFSET: str(offset), p.HEADER_UPLOAD_LENGTH: str(size)}
    return Response(status_code=200, headers={**headers, **UPLOAD_HEADERS})


def _offset_header(request: Request) -> int:
    raw = request.headers.get(p.HEADER_UPLOAD_OFFSET, "")
    if not raw.isdigit():
        raise ApiError("invalid_request", "Header Upload-Offset wajib berisi bilangan bulat.")
    return int(raw)


def _checksum_matches(header: str | None, data: bytes) -> bool:
    """`sha256 <base64>` of the chunk (tus checksum extension); no other algorithm."""
    algorithm, _, encoded = (header or "").strip().partition(" ")
    if algorithm.lower() != "sha256":
        raise ApiError(
            "invalid_request", "Header Upload-Checksum wajib berbentuk 'sha256 <base64>'."
        )
    try:
        expected = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    return expected == hashlib.sha256(data).digest()


async def _chunk(request: Request) -> bytes:
    data = bytearray()
    try:
        async for part in request.stream():
            data += part
            if len(data) > p.MAX_CHUNK_BYTES:
                raise ApiError(
                    "chunk_too_large", f"Potongan lebih dari {p.MAX_CHUNK_BYTES} byte; perkecil."
                )
    except ClientDisconnect:
        # The link dropped mid-chunk: nothing is written; the client asks for the offset.
        raise ApiError("invalid_request", "Potongan terputus di tengah jalan.") from None
    return bytes(data)


@router.patch(p.PATH_BLOB_UPLOAD.removeprefix("/v1"), response_model=p.BlobUploadResponse)
async def upload_chunk(
    upload_id: str,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> Response:
    state = _state(request)
    files = _files(state)
    offset = _offset_header(request)
    checksum = request.headers.get(p.HEADER_UPLOAD_CHECKSUM)
    data = await _chunk(request)
    try:
        if not _checksum_matches(checksum, data):
            held, _size = await run_in_threadpool(_held_offset, state, upload_id, akun.id)
            return _error(
                request,
                BlobError(
                    "checksum_mismatch",
                    "Potongan rusak di perjalanan (checksum tidak cocok); kirim ulang.",
                    offset=held,
                ),
            )
        done = await run_in_threadpool(
            blobs.append, state.write, files, akun.id, upload_id, offset, data, state.clock()
        )
    except BlobError as error:
        return _error(request, error)
    body = p.BlobUploadResponse(
        server_time=server_now(),
        server_epoch=state.epoch,
        upload_id=done.upload_id,
        sha256=done.sha256,
        offset=done.offset,
        size=done.size,
        complete=done.complete,
    )
    headers = {p.HEADER_UPLOAD_OFFSET: str(done.offset), **UPLOAD_HEADERS}
    return JSONResponse(body.model_dump(mode="json"), headers=headers)


def _held_offset(state: ServerState, upload_id: str, akun_id: str) -> tuple[int, int]:
    with state.read() as session:
        return blobs.upload_offset(session, upload_id, akun_id)


@router.get(p.PATH_BLOB.removeprefix("/v1"))
def download(
    sha256: str,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> Response:
    state = _state(request)
    files = _files(state)
    now = state.clock()
    try:
        with state.read() as session:
            path = blobs.readable(session, files, _who_loader(akun, now)(session), akun.id, sha256)
    except BlobError as error:
        return _error(request, error)
    # octet-stream, so the gzip middleware leaves ranges alone; content-addressed: cacheable.
    return FileResponse(
        path,
        media_type="application/octet-stream",
        headers={"Cache-Control": "private, max-age=31536000, immutable"},
    )
