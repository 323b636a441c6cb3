"""The gateway's documents as dataclasses; field names are the JSON names of /openapi.json."""

from .approvals import Approval, ApprovalStatus, ApprovalView, Passage
from .audit import AuditRecord, AuditVerification
from .catalog import Model, PendingToolDefinition, Route, ToolPin, ToolPinStatus
from .collections import Deleted, FileCounts, FileObject, SearchContent, SearchResult, VectorStore, VectorStoreFile
from .runs import Delta, Halt, Message, Role, Run, RunEvent, RunStatus, StreamEvent, ToolCall, ToolCallDelta, ToolFunction

__all__ = [
    "Approval", "ApprovalStatus", "ApprovalView", "AuditRecord", "AuditVerification", "Deleted", "Delta",
    "FileCounts", "FileObject", "Halt", "Message", "Model", "Passage", "PendingToolDefinition", "Role", "Route",
    "Run", "RunEvent", "RunStatus", "SearchContent", "SearchResult", "StreamEvent", "ToolCall", "ToolCallDelta",
    "ToolFunction", "ToolPin", "ToolPinStatus", "VectorStore", "VectorStoreFile",
]
