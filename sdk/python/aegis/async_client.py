"""AsyncAegis, the asyncio client: the same surface as Aegis, every call awaitable."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from . import _settings
from ._callers import AsyncCaller
from ._endpoints import Endpoint
from ._requests import json_request
from .resources.approvals import AsyncApprovals
from .resources.audit import AsyncAudit
from .resources.budgets import AsyncBudgets
from .resources.catalog import AsyncModels, AsyncRoutes, AsyncToolPins
from .resources.collections import AsyncCollections
from .resources.runs import AsyncRuns


class AsyncAegis:
    """Like Aegis; blocking socket work runs in the event loop's default executor, so the loop never waits on it."""

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        *,
        timeout: float = _settings.DEFAULT_TIMEOUT,
        max_retries: int = _settings.DEFAULT_MAX_RETRIES,
    ) -> None:
        self._caller = AsyncCaller(_settings.connector(base_url, api_key, timeout), _settings.retry_policy(max_retries))
        self.runs = AsyncRuns(self._caller)
        self.approvals = AsyncApprovals(self._caller)
        self.audit = AsyncAudit(self._caller)
        self.budgets = AsyncBudgets(self._caller)
        self.tool_pins = AsyncToolPins(self._caller)
        self.routes = AsyncRoutes(self._caller)
        self.models = AsyncModels(self._caller)
        self.collections = AsyncCollections(self._caller)

    @property
    def base_url(self) -> str:
        return self._caller.connector.base_url

    async def request(self, method: str, path: str, body: Optional[Mapping[str, Any]] = None, query: Optional[Mapping[str, Any]] = None) -> Any:
        return await self._caller.call(json_request(Endpoint(method.upper(), path), body, query=query), lambda document: document)
