"""Exceptions raised by the client: one per HTTP status class, each carrying the OpenAI-style error body."""

from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Optional, Type


class AegisError(Exception):
    """Base of every error the SDK raises.

    ``status`` is the HTTP status (None for transport failures and stream errors); ``code``, ``type``,
    ``message`` and ``param`` come from the gateway's ``{"error": {...}}`` body, ``body`` is that body
    as parsed JSON (or None when it was not JSON), and ``retry_after`` the seconds a ``retry-after`` header
    asked the client to wait.
    """

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        code: Optional[str] = None,
        type: Optional[str] = None,
        param: Optional[str] = None,
        body: Any = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.type = type
        self.param = param
        self.body = body
        self.retry_after = retry_after

    def __str__(self) -> str:
        prefix = " ".join(part for part in (str(self.status) if self.status else None, self.code) if part)
        return "{}: {}".format(prefix, self.message) if prefix else self.message


class BadRequestError(AegisError):
    """400: the request was malformed (missing_route, invalid_messages, invalid_wait, ...)."""


class AuthenticationError(AegisError):
    """401: no principal; the API key is missing or wrong."""


class PermissionDeniedError(AegisError):
    """403: role_required, approval_separation, or a route the caller may not use."""


class NotFoundError(AegisError):
    """404: unknown run, route, model, approval, vector store or file."""


class ConflictError(AegisError):
    """409: run_not_paused, approval_already_given, edit_not_supported, tool_pin_conflict, ..."""


class UnprocessableError(AegisError):
    """422: a guard refused the request."""


class RateLimitError(AegisError):
    """429: a limit was reached; ``retry_after`` is the server's advice in seconds, when it gave one."""


class InternalServerError(AegisError):
    """5xx: the gateway or an upstream failed."""


class ServiceUnavailableError(InternalServerError):
    """503: audit_unavailable, state_unavailable, ingestion_busy, or a connection over the client's limit."""


class APIConnectionError(AegisError):
    """The gateway could not be reached, or the connection broke before a full answer arrived."""

    def __init__(self, message: str, *, request_sent: bool = True) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (or, for ``approvals.wait_for``, no approval within its deadline)."""


class StreamError(AegisError):
    """An ``event: error`` in a streamed run: the run could not be recorded after the stream started."""


# The fields of the gateway's error body, {"error": {...}}.
ERROR_FIELDS = ("message", "type", "code", "param")

_BY_STATUS: Dict[int, Type[AegisError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def error_class_for(status: int) -> Type[AegisError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return InternalServerError if status >= 500 else AegisError


def error_fields(body: Any) -> Dict[str, Optional[str]]:
    """The message, code, type and param of an OpenAI-style error body, tolerating other shapes."""
    inner = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(inner, Mapping):
        return {}
    return {name: _text(inner.get(name)) for name in ERROR_FIELDS}


def error_from_response(status: int, reason: str, raw: bytes, retry_after: Optional[float]) -> AegisError:
    try:
        body: Any = json.loads(raw.decode("utf-8")) if raw else None
    except ValueError:
        body = None
    fields = error_fields(body)
    # A body not in the gateway's shape (a proxy's HTML page, say) becomes the message, shortened.
    message = fields.get("message") or raw[:500].decode("utf-8", "replace").strip() or reason or "HTTP {}".format(status)
    return error_class_for(status)(
        message, status=status, code=fields.get("code"), type=fields.get("type"), param=fields.get("param"),
        body=body, retry_after=retry_after,
    )


def stream_error(body: Any) -> StreamError:
    fields = error_fields(body)
    message = fields.get("message") or "the streamed run ended with an error"
    return StreamError(message, code=fields.get("code"), type=fields.get("type"), param=fields.get("param"), body=body)


def _text(value: Any) -> Optional[str]:
    return None if value is None else str(value)
