"""The gateway's documents as dataclasses; field names are the JSON names of /openapi.json."""

from .approvals import Approval, ApprovalStatus, ApprovalView, Passage
from .audit import AuditRecord, AuditVerification
from .budgets import BudgetLimit, Budgets, KeyBudget, TeamBudget
from .catalog import Durability, Model, PendingToolDefinition, Route, ToolPin, ToolPinStatus
from .collections import (
    Deleted, FileCounts, FileObject, FilePurpose, SearchContent, SearchResult, VectorStore, VectorStoreFile, VectorStoreFileStatus,
    VectorStoreStatus,
)
from .runs import (
    Citation, Delta, Halt, HaltKind, Message, Role, Run, RunError, RunEvent, RunStatus, RunUsage, StreamEvent, ToolCall,
    ToolCallDelta, ToolFunction,
)

__all__ = [
    "Approval", "ApprovalStatus", "ApprovalView", "AuditRecord", "AuditVerification", "BudgetLimit", "Budgets",
    "Citation", "Deleted", "Delta", "Durability", "FileCounts", "FileObject", "FilePurpose", "Halt", "HaltKind", "KeyBudget",
    "Message", "Model", "Passage", "PendingToolDefinition", "Role", "Route", "Run", "RunError", "RunEvent",
    "RunStatus", "RunUsage", "SearchContent", "SearchResult", "StreamEvent", "TeamBudget", "ToolCall",
    "ToolCallDelta", "ToolFunction", "ToolPin", "ToolPinStatus", "VectorStore", "VectorStoreFile",
    "VectorStoreFileStatus", "VectorStoreStatus",
]
