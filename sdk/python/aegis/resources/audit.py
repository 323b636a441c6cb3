"""audit: query the hash-chained audit log and verify it (roles auditor or admin)."""

from __future__ import annotations

from datetime import datetime
from typing import List, Optional, Union

from .. import _endpoints as endpoints
from .._callers import AsyncCaller, Caller
from .._http import Request
from .._requests import json_request, listed, one
from ..models.audit import AuditRecord, AuditVerification


def _list(
    run: Optional[str],
    route: Optional[str],
    principal: Optional[str],
    type: Optional[str],
    since: Optional[Union[str, datetime]],
    after: Optional[int],
    limit: Optional[int],
) -> Request:
    query = {"run": run, "route": route, "principal": principal, "type": type, "since": since, "after": after, "limit": limit}
    return json_request(endpoints.LIST_AUDIT, query=query)


class Audit:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        run: Optional[str] = None,
        route: Optional[str] = None,
        principal: Optional[str] = None,
        type: Optional[str] = None,
        since: Optional[Union[str, datetime]] = None,
        after: Optional[int] = None,
        limit: Optional[int] = None,
    ) -> List[AuditRecord]:
        """Audit records matching every filter given, oldest first."""
        return self._caller.call(_list(run, route, principal, type, since, after, limit), listed(AuditRecord))

    def verify(self) -> AuditVerification:
        return self._caller.call(json_request(endpoints.VERIFY_AUDIT), one(AuditVerification))


class AsyncAudit:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        *,
        run: Optional[str] = None,
        route: Optional[str] = None,
        principal: Optional[str] = None,
        type: Optional[str] = None,
        since: Optional[Union[str, datetime]] = None,
        after: Optional[int] = None,
        limit: Optional[int] = None,
    ) -> List[AuditRecord]:
        return await self._caller.call(_list(run, route, principal, type, since, after, limit), listed(AuditRecord))

    async def verify(self) -> AuditVerification:
        return await self._caller.call(json_request(endpoints.VERIFY_AUDIT), one(AuditVerification))
