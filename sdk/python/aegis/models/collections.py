"""Collections: the OpenAI-compatible vector stores and the files put in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Literal, Optional, Union

Attribute = Union[str, float, bool]
VectorStoreStatus = Literal["in_progress", "completed"]
VectorStoreFileStatus = Literal["in_progress", "completed", "failed"]
FilePurpose = Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]


@dataclass(frozen=True)
class FileCounts:
    in_progress: int = 0
    completed: int = 0
    failed: int = 0
    cancelled: int = 0
    total: int = 0


@dataclass(frozen=True)
class VectorStore:
    """A collection; ``metadata["aegis_readers"]`` says who may search it."""

    id: str = ""
    object: Optional[Literal["vector_store"]] = None
    created_at: Optional[int] = None
    name: Optional[str] = None
    usage_bytes: Optional[int] = None
    file_counts: Optional[FileCounts] = None
    status: Optional[VectorStoreStatus] = None
    last_active_at: Optional[int] = None
    expires_at: Optional[int] = None
    metadata: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FileObject:
    """An uploaded file; it belongs to the uploader's team."""

    id: str = ""
    object: Optional[Literal["file"]] = None
    bytes: Optional[int] = None
    created_at: Optional[int] = None
    expires_at: Optional[int] = None
    filename: Optional[str] = None
    purpose: Optional[FilePurpose] = None
    status: Optional[Literal["processed"]] = None
    status_details: Optional[str] = None


@dataclass(frozen=True)
class VectorStoreFile:
    """A file attached to a collection: ``completed`` once chunked and embedded, else ``failed`` with ``last_error``."""

    id: str = ""
    object: Optional[Literal["vector_store.file"]] = None
    usage_bytes: Optional[int] = None
    created_at: Optional[int] = None
    vector_store_id: Optional[str] = None
    status: Optional[VectorStoreFileStatus] = None
    last_error: Optional[Dict[str, Any]] = None
    chunking_strategy: Optional[Dict[str, Any]] = None
    attributes: Dict[str, Attribute] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchContent:
    type: Optional[Literal["text"]] = None
    text: Optional[str] = None


@dataclass(frozen=True)
class SearchResult:
    """A passage found by ``collections.search``; ``score`` is its cosine similarity to the query."""

    file_id: Optional[str] = None
    filename: Optional[str] = None
    score: Optional[float] = None
    attributes: Dict[str, Attribute] = field(default_factory=dict)
    content: List[SearchContent] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(part.text or "" for part in self.content)


@dataclass(frozen=True)
class Deleted:
    id: str = ""
    object: Optional[Literal["file", "vector_store.deleted", "vector_store.file.deleted"]] = None
    deleted: bool = False
