"""Every (method, path) the SDK calls, with the query parameters it may send: the openapi check reads these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple
from urllib.parse import quote


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    query: Tuple[str, ...] = ()

    @property
    def idempotent(self) -> bool:
        """Whether sending it twice is harmless, so a broken connection may be retried after sending."""
        return self.method in ("GET", "HEAD")

    def url(self, **params: str) -> str:
        if not params:
            return self.path
        return self.path.format(**{name: quote(value, safe="") for name, value in params.items()})


CREATE_RUN = Endpoint("POST", "/v1/runs")
GET_RUN = Endpoint("GET", "/v1/runs/{id}")
LIST_APPROVALS = Endpoint("GET", "/v1/approvals", ("route", "wait"))
GET_APPROVAL = Endpoint("GET", "/v1/approvals/{id}", ("reveal",))
APPROVE = Endpoint("POST", "/v1/approvals/{id}/approve")
REJECT = Endpoint("POST", "/v1/approvals/{id}/reject")
LIST_AUDIT = Endpoint("GET", "/v1/audit", ("run", "route", "principal", "type", "since", "after", "limit"))
VERIFY_AUDIT = Endpoint("GET", "/v1/audit/verify")
GET_BUDGETS = Endpoint("GET", "/v1/budgets", ("team",))
LIST_TOOL_PINS = Endpoint("GET", "/v1/tool-pins", ("status",))
APPROVE_TOOL_PIN = Endpoint("POST", "/v1/tool-pins/approve")
LIST_ROUTES = Endpoint("GET", "/v1/routes")
LIST_MODELS = Endpoint("GET", "/v1/models")
CREATE_VECTOR_STORE = Endpoint("POST", "/v1/vector_stores")
LIST_VECTOR_STORES = Endpoint("GET", "/v1/vector_stores", ("limit", "order", "after"))
GET_VECTOR_STORE = Endpoint("GET", "/v1/vector_stores/{id}")
DELETE_VECTOR_STORE = Endpoint("DELETE", "/v1/vector_stores/{id}")
UPLOAD_FILE = Endpoint("POST", "/v1/files")
ATTACH_FILE = Endpoint("POST", "/v1/vector_stores/{id}/files")
LIST_VECTOR_STORE_FILES = Endpoint("GET", "/v1/vector_stores/{id}/files", ("limit", "order", "after"))
SEARCH = Endpoint("POST", "/v1/vector_stores/{id}/search")


def all_endpoints() -> Tuple[Endpoint, ...]:
    return tuple(value for value in globals().values() if isinstance(value, Endpoint))
