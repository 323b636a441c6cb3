"""collections: the OpenAI-compatible vector stores, and files uploaded and attached to them."""

from __future__ import annotations

import os
from typing import Any, List, Mapping, Optional, Sequence, Union

from .. import _endpoints as endpoints
from .. import _multipart
from .._callers import AsyncCaller, Caller
from .._http import Request
from .._requests import json_request, listed, one, without_none
from ..models.collections import Attribute, Deleted, FileObject, SearchResult, VectorStore, VectorStoreFile

FileContent = Union[bytes, str, "os.PathLike[str]"]
"""The bytes of a file (then give its filename), or the path of one to read."""


def _create(name: Optional[str], metadata: Optional[Mapping[str, str]], file_ids: Optional[Sequence[str]]) -> Request:
    body = without_none(name=name, metadata=metadata, file_ids=list(file_ids) if file_ids is not None else None)
    return json_request(endpoints.CREATE_VECTOR_STORE, body)


def _upload(file: FileContent, filename: Optional[str], purpose: str) -> Request:
    if isinstance(file, bytes):
        if not filename:
            raise ValueError("give the filename of uploaded bytes (its extension tells text, Markdown or PDF)")
        content = file
    else:
        with open(file, "rb") as handle:
            content = handle.read()
        filename = filename or os.path.basename(os.fspath(file))
    body, content_type = _multipart.encode({"purpose": purpose}, "file", filename, content)
    request = json_request(endpoints.UPLOAD_FILE)
    request.body, request.content_type = body, content_type
    return request


def _attach(store_id: str, file_id: str, attributes: Optional[Mapping[str, Attribute]]) -> Request:
    body = without_none(file_id=file_id, attributes=dict(attributes) if attributes is not None else None)
    return json_request(endpoints.ATTACH_FILE, body, path={"id": store_id})


def _search(store_id: str, query: Union[str, Sequence[str]], max_num_results: Optional[int], filters: Optional[Mapping[str, Any]]) -> Request:
    body = without_none(query=query if isinstance(query, str) else list(query), max_num_results=max_num_results, filters=filters)
    return json_request(endpoints.SEARCH, body, path={"id": store_id})


def _by_id(endpoint: endpoints.Endpoint, store_id: str) -> Request:
    return json_request(endpoint, path={"id": store_id})


class Collections:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create(self, name: Optional[str] = None, *, metadata: Optional[Mapping[str, str]] = None, file_ids: Optional[Sequence[str]] = None) -> VectorStore:
        """A new collection; ``metadata={"aegis_readers": "team:dev"}`` says who may use it. Files given are ingested first."""
        return self._caller.call(_create(name, metadata, file_ids), one(VectorStore))

    def list(self, limit: Optional[int] = None) -> List[VectorStore]:
        return self._caller.call(json_request(endpoints.LIST_VECTOR_STORES, query={"limit": limit}), listed(VectorStore))

    def get(self, store_id: str) -> VectorStore:
        return self._caller.call(_by_id(endpoints.GET_VECTOR_STORE, store_id), one(VectorStore))

    def delete(self, store_id: str) -> Deleted:
        return self._caller.call(_by_id(endpoints.DELETE_VECTOR_STORE, store_id), one(Deleted))

    def upload(self, file: FileContent, filename: Optional[str] = None, purpose: str = "assistants") -> FileObject:
        return self._caller.call(_upload(file, filename, purpose), one(FileObject))

    def attach(self, store_id: str, file_id: str, attributes: Optional[Mapping[str, Attribute]] = None) -> VectorStoreFile:
        """Chunks and embeds an uploaded file into the collection before answering (status completed or failed)."""
        return self._caller.call(_attach(store_id, file_id, attributes), one(VectorStoreFile))

    def files(self, store_id: str) -> List[VectorStoreFile]:
        return self._caller.call(_by_id(endpoints.LIST_VECTOR_STORE_FILES, store_id), listed(VectorStoreFile))

    def search(self, store_id: str, query: Union[str, Sequence[str]], *, max_num_results: Optional[int] = None, filters: Optional[Mapping[str, Any]] = None) -> List[SearchResult]:
        return self._caller.call(_search(store_id, query, max_num_results, filters), listed(SearchResult))


class AsyncCollections:
    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(self, name: Optional[str] = None, *, metadata: Optional[Mapping[str, str]] = None, file_ids: Optional[Sequence[str]] = None) -> VectorStore:
        return await self._caller.call(_create(name, metadata, file_ids), one(VectorStore))

    async def list(self, limit: Optional[int] = None) -> List[VectorStore]:
        return await self._caller.call(json_request(endpoints.LIST_VECTOR_STORES, query={"limit": limit}), listed(VectorStore))

    async def get(self, store_id: str) -> VectorStore:
        return await self._caller.call(_by_id(endpoints.GET_VECTOR_STORE, store_id), one(VectorStore))

    async def delete(self, store_id: str) -> Deleted:
        return await self._caller.call(_by_id(endpoints.DELETE_VECTOR_STORE, store_id), one(Deleted))

    async def upload(self, file: FileContent, filename: Optional[str] = None, purpose: str = "assistants") -> FileObject:
        return await self._caller.call(_upload(file, filename, purpose), one(FileObject))

    async def attach(self, store_id: str, file_id: str, attributes: Optional[Mapping[str, Attribute]] = None) -> VectorStoreFile:
        return await self._caller.call(_attach(store_id, file_id, attributes), one(VectorStoreFile))

    async def files(self, store_id: str) -> List[VectorStoreFile]:
        return await self._caller.call(_by_id(endpoints.LIST_VECTOR_STORE_FILES, store_id), listed(VectorStoreFile))

    async def search(self, store_id: str, query: Union[str, Sequence[str]], *, max_num_results: Optional[int] = None, filters: Optional[Mapping[str, Any]] = None) -> List[SearchResult]:
        return await self._caller.call(_search(store_id, query, max_num_results, filters), listed(SearchResult))
