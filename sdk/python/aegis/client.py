"""Aegis, the blocking client of the gateway's native API."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from . import _settings
from ._callers import Caller
from ._endpoints import Endpoint
from ._requests import json_request
from .resources.approvals import Approvals
from .resources.audit import Audit
from .resources.budgets import Budgets
from .resources.catalog import Models, Routes, ToolPins
from .resources.collections import Collections
from .resources.runs import Runs


class Aegis:
    """A client of one gateway as one principal.

    ``base_url`` defaults to env ``AEGIS_BASE_URL`` or http://127.0.0.1:8080 (with or without ``/v1``);
    ``api_key`` to env ``AEGIS_API_KEY``. ``timeout`` bounds connecting and each read, in seconds (a
    long-poll's wait is added to it); 429 and 503 answers are retried up to ``max_retries`` times.
    Chat completions are not here: use the official ``openai`` SDK with ``base_url`` set to the gateway.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        *,
        timeout: float = _settings.DEFAULT_TIMEOUT,
        max_retries: int = _settings.DEFAULT_MAX_RETRIES,
    ) -> None:
        self._caller = Caller(_settings.connector(base_url, api_key, timeout), _settings.retry_policy(max_retries))
        self.runs = Runs(self._caller)
        self.approvals = Approvals(self._caller)
        self.audit = Audit(self._caller)
        self.budgets = Budgets(self._caller)
        self.tool_pins = ToolPins(self._caller)
        self.routes = Routes(self._caller)
        self.models = Models(self._caller)
        self.collections = Collections(self._caller)

    @property
    def base_url(self) -> str:
        return self._caller.connector.base_url

    def request(self, method: str, path: str, body: Optional[Mapping[str, Any]] = None, query: Optional[Mapping[str, Any]] = None) -> Any:
        """Any other endpoint, e.g. ``request("GET", "/v1/files")``: the decoded JSON answer, errors raised as usual."""
        return self._caller.call(json_request(Endpoint(method.upper(), path), body, query=query), lambda document: document)
