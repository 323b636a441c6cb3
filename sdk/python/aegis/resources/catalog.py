"""routes, models and tool_pins: what the caller may use, and the tool definitions routes trust."""

from __future__ import annotations

from typing import List, Optional

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._http import Request
from .._requests import json_request, listed, one
from ..models.catalog import Model, Route, ToolPin, ToolPinStatus


def _approve_pin(route: str, source: str, tool: str, hash: str) -> Request:
    return json_request(endpoints.APPROVE_TOOL_PIN, {"route": route, "source": source, "tool": tool, "hash": hash})


class Routes:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self) -> List[Route]:
        return self._caller.call(json_request(endpoints.LIST_ROUTES), listed(Route))


class Models:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self) -> List[Model]:
        return self._caller.call(json_request(endpoints.LIST_MODELS), listed(Model))


class ToolPins:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, status: Optional[ToolPinStatus] = None) -> List[ToolPin]:
        return self._caller.call(json_request(endpoints.LIST_TOOL_PINS, query={"status": status}), listed(ToolPin))

    def approve(self, route: str, source: str, tool: str, hash: str) -> ToolPin:
        """Trusts the pending definition of a tool; ``hash`` must be the pending one, as reviewed."""
        return self._caller.call(_approve_pin(route, source, tool, hash), one(ToolPin))


class AsyncRoutes:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self) -> List[Route]:
        return await self._caller.call(json_request(endpoints.LIST_ROUTES), listed(Route))


class AsyncModels:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self) -> List[Model]:
        return await self._caller.call(json_request(endpoints.LIST_MODELS), listed(Model))


class AsyncToolPins:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, status: Optional[ToolPinStatus] = None) -> List[ToolPin]:
        return await self._caller.call(json_request(endpoints.LIST_TOOL_PINS, query={"status": status}), listed(ToolPin))

    async def approve(self, route: str, source: str, tool: str, hash: str) -> ToolPin:
        return await self._caller.call(_approve_pin(route, source, tool, hash), one(ToolPin))
