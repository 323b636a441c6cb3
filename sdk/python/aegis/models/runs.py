"""Runs: the conversation sent, the run document answered, and what a streamed run yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Union

from typing import Literal

Role = Literal["system", "developer", "user", "assistant", "tool"]
RunStatus = Literal["completed", "refused", "paused", "failed"]
HaltKind = Literal["policy", "limit", "unavailable"]


@dataclass(frozen=True)
class ToolFunction:
    name: Optional[str] = None
    arguments: Optional[str] = None


@dataclass(frozen=True)
class ToolCall:
    id: Optional[str] = None
    type: Optional[Literal["function"]] = None
    function: Optional[ToolFunction] = None


@dataclass(frozen=True)
class Message:
    """One chat message; ``content`` is text, None, or a list of ``{"type": "text", "text": ...}`` parts."""

    role: Role
    content: Optional[Union[str, List[Dict[str, Any]]]] = None
    name: Optional[str] = None
    tool_call_id: Optional[str] = None
    tool_calls: Optional[List[ToolCall]] = None

    @property
    def text(self) -> str:
        """The content as plain text (text parts joined), empty when there is none."""
        if isinstance(self.content, str):
            return self.content
        if isinstance(self.content, list):
            return "".join(str(part.get("text", "")) for part in self.content if isinstance(part, dict))
        return ""


@dataclass(frozen=True)
class Halt:
    """Why a run stopped short of completing: the step and a stable code (``approval_required`` for a paused
    run); for refusals, their kind, and for limits when they reset."""

    source: Optional[str] = None
    code: Optional[str] = None
    reason: Optional[str] = None
    kind: Optional[HaltKind] = None
    retry_at: Optional[str] = None


@dataclass(frozen=True)
class RunError:
    """The last provider failure of a failed run."""

    code: Optional[str] = None
    message: Optional[str] = None


@dataclass(frozen=True)
class RunUsage:
    """Tokens of the run; ``cost`` is a decimal string in the budgets' currency when the model is priced."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost: Optional[str] = None


@dataclass(frozen=True)
class Citation:
    """A passage the run retrieved and gave the model."""

    collection: Optional[str] = None
    document: Optional[str] = None
    chunk: Optional[int] = None
    score: Optional[float] = None


@dataclass(frozen=True)
class RunEvent:
    """One event of a run's log: in ``Run.events``, and as ``event: run.event`` in a stream as it is recorded."""

    time: Optional[str] = None
    source: Optional[str] = None
    type: Optional[str] = None
    detail: Optional[str] = None
    attributes: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Run:
    id: str = ""
    object: Optional[Literal["run"]] = None
    route: Optional[str] = None
    status: Optional[RunStatus] = None
    output: Optional[Message] = None
    finish_reason: Optional[str] = None
    halt: Optional[Halt] = None
    error: Optional[RunError] = None
    target: Optional[str] = None
    usage: Optional[RunUsage] = None
    labels: Dict[str, str] = field(default_factory=dict)
    events: List[RunEvent] = field(default_factory=list)
    citations: Optional[List[Citation]] = None


@dataclass(frozen=True)
class ToolCallDelta:
    """A fragment of a tool call: ``id`` and ``name`` come with its first fragment, ``arguments`` in pieces."""

    index: int = 0
    id: Optional[str] = None
    name: Optional[str] = None
    arguments: str = ""


@dataclass(frozen=True)
class Delta:
    """Released output of a streamed run (RunDelta in /openapi.json): a piece of content or of a tool call."""

    content: Optional[str] = None
    tool_call: Optional[ToolCallDelta] = None


StreamEvent = Union[RunEvent, Delta, Run]
"""What iterating a streamed run yields: log events and deltas as they happen, then the final Run."""
