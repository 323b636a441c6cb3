"""Building requests and reading answers, shared by the sync and async resources."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Type, TypeVar, Union

from ._endpoints import Endpoint
from ._http import Request
from ._json import from_json, to_json
from .models.runs import Message

T = TypeVar("T")

Messages = Union[str, Sequence[Union[Message, Mapping[str, Any]]]]
"""A conversation: Message objects or dicts in the OpenAI shape; a bare string is one user message."""

Duration = Union[float, int, timedelta, str]
"""Seconds, a timedelta, or the gateway's own form ('30s', '500ms', '1m')."""


def json_request(
    endpoint: Endpoint,
    body: Optional[Mapping[str, Any]] = None,
    *,
    path: Optional[Mapping[str, str]] = None,
    query: Optional[Mapping[str, Any]] = None,
    stream: bool = False,
    timeout: Optional[float] = None,
) -> Request:
    encoded = None if body is None else json.dumps(to_json(dict(body)), separators=(",", ":")).encode("utf-8")
    return Request(
        endpoint,
        endpoint.url(**dict(path or {})),
        query={name: _query_value(value) for name, value in (query or {}).items() if value is not None},
        body=encoded,
        content_type="application/json" if encoded is not None else None,
        stream=stream,
        timeout=timeout,
    )


def messages_json(messages: Messages) -> List[Any]:
    if isinstance(messages, str):
        return [{"role": "user", "content": messages}]
    return [to_json(message) for message in messages]


def without_none(**fields: Any) -> Dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not None}


def one(cls: Type[T]) -> Callable[[Any], T]:
    return lambda document: from_json(cls, document)


def listed(cls: Type[T]) -> Callable[[Any], List[T]]:
    """The ``data`` items of an OpenAI-style ``{"object": "list", "data": [...]}`` answer."""
    return lambda document: [from_json(cls, item) for item in (document or {}).get("data") or []]


def wait_parameter(wait: Optional[Duration]) -> Optional[str]:
    if wait is None or isinstance(wait, str):
        return wait
    seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
    return "{}ms".format(max(0, int(round(seconds * 1000))))


def wait_seconds(wait: Optional[Duration]) -> float:
    """How long a long-poll may hold the answer back, to lengthen the request's timeout by (60s is the gateway's cap)."""
    if wait is None:
        return 0.0
    if isinstance(wait, str):
        return 60.0
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
