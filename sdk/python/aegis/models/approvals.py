"""Approvals: runs paused by a guard rule that asks for a person's decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Literal, Optional

from .runs import Message

ApprovalStatus = Literal["pending", "approved", "rejected", "expired"]
ApprovalView = Literal["masked", "revealed"]


@dataclass(frozen=True)
class Passage:
    """A retrieved passage of a paused run, masked like its messages unless revealed."""

    collection: Optional[str] = None
    document: Optional[str] = None
    chunk: Optional[int] = None
    score: Optional[float] = None
    text: Optional[str] = None


@dataclass(frozen=True)
class Approval:
    """A request for a decision; its ``id`` is the paused run's id.

    ``view``, ``messages`` and ``passages`` are present only on ``approvals.get`` of a pending request.
    """

    id: str = ""
    object: Optional[Literal["approval"]] = None
    run_id: Optional[str] = None
    route: Optional[str] = None
    principal: Optional[str] = None
    team: Optional[str] = None
    reason: Optional[str] = None
    guard: Optional[str] = None
    rules: List[str] = field(default_factory=list)
    status: Optional[ApprovalStatus] = None
    approvals_required: Optional[int] = None
    approved_by: List[str] = field(default_factory=list)
    created: Optional[str] = None
    expires: Optional[str] = None
    decided_by: Optional[str] = None
    decided_at: Optional[str] = None
    view: Optional[ApprovalView] = None
    messages: Optional[List[Message]] = None
    passages: Optional[List[Passage]] = None
