"""approvals: wait for paused runs, read them, approve (optionally with an edited conversation) or reject."""

from __future__ import annotations

import asyncio
import time
from typing import Any, List, Optional, Union

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._http import Request, Response
from .._json import from_json
from .._requests import Duration, Messages, json_request, listed, messages_json, one, wait_parameter, wait_seconds
from ..errors import APITimeoutError
from ..models.approvals import Approval
from ..models.runs import Run

ApprovalResult = Union[Run, Approval]
"""What approving answers: the resumed Run, or (HTTP 202) the Approval still short of its quorum."""

# While other runs wait for approval, a long-poll answers at once; pause between polls rather than spin.
_POLL_PAUSE = 0.5
_LONGEST_WAIT = 30.0


def _list(route: Optional[str], wait: Optional[Duration], timeout: float) -> Request:
    query = {"route": route, "wait": wait_parameter(wait)}
    return json_request(endpoints.LIST_APPROVALS, query=query, timeout=timeout + wait_seconds(wait))


def _get(run_id: str, reveal: bool) -> Request:
    return json_request(endpoints.GET_APPROVAL, path={"id": run_id}, query={"reveal": True if reveal else None})


def _approve(run_id: str, messages: Optional[Messages]) -> Request:
    body = {"messages": messages_json(messages)} if messages is not None else {}
    return json_request(endpoints.APPROVE, body, path={"id": run_id})


def _reject(run_id: str, reason: Optional[str]) -> Request:
    return json_request(endpoints.REJECT, {"reason": reason} if reason is not None else {}, path={"id": run_id})


def _approval_result(response: Response) -> ApprovalResult:
    document: Any = response.json()
    return from_json(Approval, document) if response.status == 202 else from_json(Run, document)


def _matching(approvals: List[Approval], run_id: str) -> Optional[Approval]:
    return next((approval for approval in approvals if run_id in (approval.id, approval.run_id)), None)


def _no_approval(run_id: str, timeout: float) -> APITimeoutError:
    return APITimeoutError("no approval was requested for run {} within {}s".format(run_id, timeout))


class Approvals:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, route: Optional[str] = None, wait: Optional[Duration] = None) -> List[Approval]:
        """Pending approvals; with ``wait`` (at most 60s), answers as soon as one exists, or [] when it has passed."""
        return self._caller.call(_list(route, wait, self._caller.connector.timeout), listed(Approval))

    def get(self, run_id: str, reveal: bool = False) -> Approval:
        return self._caller.call(_get(run_id, reveal), one(Approval))

    def approve(self, run_id: str, messages: Optional[Messages] = None) -> ApprovalResult:
        return _approval_result(self._caller.send(_approve(run_id, messages)))

    def reject(self, run_id: str, reason: Optional[str] = None) -> Run:
        return self._caller.call(_reject(run_id, reason), one(Run))

    def wait_for(self, run_id: str, timeout: float = 60.0, route: Optional[str] = None) -> Approval:
        """The pending approval of ``run_id`` once it exists; APITimeoutError when ``timeout`` seconds pass first."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _no_approval(run_id, timeout)
            pending = self.list(route=route, wait=min(remaining, _LONGEST_WAIT))
            found = _matching(pending, run_id)
            if found is not None:
                return found
            if pending:
                time.sleep(min(_POLL_PAUSE, max(0.0, deadline - time.monotonic())))


class AsyncApprovals:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, route: Optional[str] = None, wait: Optional[Duration] = None) -> List[Approval]:
        return await self._caller.call(_list(route, wait, self._caller.connector.timeout), listed(Approval))

    async def get(self, run_id: str, reveal: bool = False) -> Approval:
        return await self._caller.call(_get(run_id, reveal), one(Approval))

    async def approve(self, run_id: str, messages: Optional[Messages] = None) -> ApprovalResult:
        return _approval_result(await self._caller.send(_approve(run_id, messages)))

    async def reject(self, run_id: str, reason: Optional[str] = None) -> Run:
        return await self._caller.call(_reject(run_id, reason), one(Run))

    async def wait_for(self, run_id: str, timeout: float = 60.0, route: Optional[str] = None) -> Approval:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _no_approval(run_id, timeout)
            pending = await self.list(route=route, wait=min(remaining, _LONGEST_WAIT))
            found = _matching(pending, run_id)
            if found is not None:
                return found
            if pending:
                await asyncio.sleep(min(_POLL_PAUSE, max(0.0, deadline - time.monotonic())))
