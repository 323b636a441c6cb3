"""The hash-chained audit log: its records and the result of verifying it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Literal, Optional


@dataclass(frozen=True)
class AuditRecord:
    """One event of a run as the audit log keeps it; masked values appear as their placeholders."""

    id: Optional[int] = None
    run_id: Optional[str] = None
    seq: Optional[int] = None
    time: Optional[str] = None
    route: Optional[str] = None
    principal: Optional[str] = None
    team: Optional[str] = None
    type: Optional[str] = None
    source: Optional[str] = None
    detail: Optional[str] = None
    attributes: Dict[str, str] = field(default_factory=dict)
    hash: Optional[str] = None


@dataclass(frozen=True)
class AuditVerification:
    """Whether every hash chain of the log is intact; where not, the first broken entry and the problem."""

    object: Optional[Literal["audit.verification"]] = None
    intact: bool = False
    chains: int = 0
    entries: int = 0
    events: int = 0
    archived: int = 0
    broken_at: Optional[int] = None
    problem: Optional[str] = None
