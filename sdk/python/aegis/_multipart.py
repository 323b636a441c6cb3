"""multipart/form-data bodies, for uploading files."""

from __future__ import annotations

import mimetypes
import uuid
from typing import Mapping, Tuple


def encode(fields: Mapping[str, str], file_field: str, filename: str, content: bytes) -> Tuple[bytes, str]:
    """The body and its Content-Type (with the boundary)."""
    boundary = "aegis-" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(_head(boundary, 'name="{}"'.format(_quoted(name))) + b"\r\n" + value.encode("utf-8") + b"\r\n")
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    disposition = 'name="{}"; filename="{}"'.format(_quoted(file_field), _quoted(filename))
    head = _head(boundary, disposition) + "Content-Type: {}\r\n".format(media_type).encode("ascii")
    parts.append(head + b"\r\n" + content + b"\r\n")
    body = b"".join(parts) + "--{}--\r\n".format(boundary).encode("ascii")
    return body, "multipart/form-data; boundary=" + boundary


def _head(boundary: str, disposition: str) -> bytes:
    return "--{}\r\nContent-Disposition: form-data; {}\r\n".format(boundary, disposition).encode("utf-8")


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")
