"""Budgets: spend, reservations and limits of a team and of the calling key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Literal, Optional


@dataclass(frozen=True)
class BudgetLimit:
    """One limit (``spend``, ``rpm`` or ``tpm``) over its period; ``limit`` and ``remaining`` are None when unlimited."""

    name: Optional[str] = None
    period: Optional[str] = None
    limit: Optional[float] = None
    spent: float = 0.0
    reserved: float = 0.0
    lapsed: float = 0.0
    remaining: Optional[float] = None
    resets_at: Optional[str] = None


@dataclass(frozen=True)
class TeamBudget:
    team: str = ""
    limits: List[BudgetLimit] = field(default_factory=list)


@dataclass(frozen=True)
class KeyBudget:
    id: str = ""
    limits: List[BudgetLimit] = field(default_factory=list)


@dataclass(frozen=True)
class Budgets:
    """The caller's team (an admin sees every configured team) and key, in ``currency``, as of ``as_of``."""

    object: Optional[Literal["budgets"]] = None
    currency: Optional[str] = None
    as_of: Optional[str] = None
    teams: List[TeamBudget] = field(default_factory=list)
    key: Optional[KeyBudget] = None

    def team(self, name: str) -> Optional[TeamBudget]:
        return next((team for team in self.teams if team.team == name), None)
