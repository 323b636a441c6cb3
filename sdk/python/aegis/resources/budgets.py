"""budgets: the caller's team spend and limits, as the budgets plugin reports them."""

from __future__ import annotations

from typing import Any, Dict

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._requests import json_request


class Budgets:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self) -> Dict[str, Any]:
        return self._caller.call(json_request(endpoints.GET_BUDGETS), dict)


class AsyncBudgets:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self) -> Dict[str, Any]:
        return await self._caller.call(json_request(endpoints.GET_BUDGETS), dict)
