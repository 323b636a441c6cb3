"""What the caller may use: routes, models (route selectors) and the tool definitions routes trust."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Literal, Optional

ToolPinStatus = Literal["approved", "quarantined"]
Durability = Literal["none", "pause-and-end", "every-step"]


@dataclass(frozen=True)
class Route:
    """A route the caller may use: the models that select it, its ingress and egress steps, router and providers."""

    name: str = ""
    models: List[str] = field(default_factory=list)
    ingress: List[str] = field(default_factory=list)
    route: Optional[str] = None
    providers: List[str] = field(default_factory=list)
    egress: List[str] = field(default_factory=list)
    durability: Optional[Durability] = None


@dataclass(frozen=True)
class Model:
    """A model name that selects a route (``owned_by`` is ``aegis:ROUTE``), as the OpenAI model list shows it."""

    id: str = ""
    object: Optional[Literal["model"]] = None
    created: Optional[int] = None
    owned_by: Optional[str] = None


@dataclass(frozen=True)
class PendingToolDefinition:
    """A tool definition that changed and waits for review; ``parameters`` is its JSON Schema as text."""

    hash: Optional[str] = None
    description: Optional[str] = None
    parameters: Optional[str] = None


@dataclass(frozen=True)
class ToolPin:
    id: str = ""
    object: Optional[Literal["tool_pin"]] = None
    route: Optional[str] = None
    source: Optional[str] = None
    tool: Optional[str] = None
    status: Optional[ToolPinStatus] = None
    approved_hash: Optional[str] = None
    pending: Optional[PendingToolDefinition] = None
    first_seen: Optional[str] = None
    updated: Optional[str] = None
    decided_by: Optional[str] = None
