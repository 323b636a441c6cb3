"""budgets: spend and limits of the caller's team and key, as the budgets pack publishes them."""

from __future__ import annotations

from typing import Optional

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._http import Request
from .._requests import json_request, one
from ..models.budgets import Budgets as BudgetsDocument


def _get(team: Optional[str]) -> Request:
    return json_request(endpoints.GET_BUDGETS, query={"team": team})


class Budgets:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, team: Optional[str] = None) -> BudgetsDocument:
        """The caller's budgets; ``team`` narrows to one team (another team than the caller's: admins only)."""
        return self._caller.call(_get(team), one(BudgetsDocument))


class AsyncBudgets:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, team: Optional[str] = None) -> BudgetsDocument:
        return await self._caller.call(_get(team), one(BudgetsDocument))
