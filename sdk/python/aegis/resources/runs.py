"""runs: start a governed run on a named route, follow it as a stream, read it back."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._http import Request
from .._requests import Messages, json_request, messages_json, one, without_none
from .._run_stream import AsyncRunStream, RunStream
from ..models.runs import Run


def _create(
    route: str,
    messages: Messages,
    labels: Optional[Mapping[str, str]],
    model: Optional[str],
    parameters: Optional[Mapping[str, Any]],
    stream: bool,
) -> Request:
    body: Dict[str, Any] = without_none(
        route=route, messages=messages_json(messages), labels=labels, model=model, parameters=parameters
    )
    if stream:
        body["stream"] = True
    return json_request(endpoints.CREATE_RUN, body, stream=stream)


def _get(run_id: str) -> Request:
    return json_request(endpoints.GET_RUN, path={"id": run_id})


class Runs:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(
        self,
        route: str,
        messages: Messages,
        *,
        labels: Optional[Mapping[str, str]] = None,
        model: Optional[str] = None,
        parameters: Optional[Mapping[str, Any]] = None,
    ) -> Run:
        """Runs ``route`` to its end or its pause; the Run is answered whatever its status (refused, paused...)."""
        return self._caller.call(_create(route, messages, labels, model, parameters, False), one(Run))

    def stream(
        self,
        route: str,
        messages: Messages,
        *,
        labels: Optional[Mapping[str, str]] = None,
        model: Optional[str] = None,
        parameters: Optional[Mapping[str, Any]] = None,
    ) -> RunStream:
        """Starts the run and answers an iterator of RunEvent, Delta and finally Run."""
        return RunStream(self._caller.send(_create(route, messages, labels, model, parameters, True)))

    def get(self, run_id: str) -> Run:
        return self._caller.call(_get(run_id), one(Run))


class AsyncRuns:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(
        self,
        route: str,
        messages: Messages,
        *,
        labels: Optional[Mapping[str, str]] = None,
        model: Optional[str] = None,
        parameters: Optional[Mapping[str, Any]] = None,
    ) -> Run:
        return await self._caller.call(_create(route, messages, labels, model, parameters, False), one(Run))

    async def stream(
        self,
        route: str,
        messages: Messages,
        *,
        labels: Optional[Mapping[str, str]] = None,
        model: Optional[str] = None,
        parameters: Optional[Mapping[str, Any]] = None,
    ) -> AsyncRunStream:
        """Starts the run and answers an async iterator of RunEvent, Delta and finally Run."""
        response = await self._caller.send(_create(route, messages, labels, model, parameters, True))
        return AsyncRunStream(RunStream(response))

    async def get(self, run_id: str) -> Run:
        return await self._caller.call(_get(run_id), one(Run))
