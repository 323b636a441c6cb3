"""Where the SDK and /openapi.json disagree: paths and query parameters, model fields (both ways), enum values.

Model fields map to schema properties by name (the SDK keeps the JSON names), so the mapping is the identity;
BINDINGS says which schema (a JSON pointer into the document) each dataclass models.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import pathlib
import typing
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Set, Tuple

from aegis import models
from aegis._endpoints import Endpoint, all_endpoints
from aegis._json import field_types
from aegis.errors import ERROR_FIELDS

DOCUMENT = pathlib.Path(__file__).resolve().parents[3] / "aegis-server/src/main/resources/dev/aegis/server/openapi.json"

BINDINGS: Sequence[Tuple[type, str]] = (
    (models.Run, "/components/schemas/Run"),
    (models.Halt, "/components/schemas/Run/properties/halt"),
    (models.RunError, "/components/schemas/Run/properties/error"),
    (models.RunUsage, "/components/schemas/Run/properties/usage"),
    (models.Citation, "/components/schemas/Citation"),
    (models.RunEvent, "/components/schemas/RunEvent"),
    (models.Delta, "/components/schemas/RunDelta"),
    (models.ToolCallDelta, "/components/schemas/RunDelta/properties/tool_call"),
    (models.Message, "/components/schemas/Message"),
    (models.ToolCall, "/components/schemas/ToolCall"),
    (models.ToolFunction, "/components/schemas/ToolCall/properties/function"),
    (models.Approval, "/components/schemas/Approval"),
    (models.Passage, "/components/schemas/Approval/properties/passages/items"),
    (models.AuditRecord, "/components/schemas/AuditRecord"),
    (models.AuditVerification, "/components/schemas/AuditVerification"),
    (models.Budgets, "/components/schemas/Budgets"),
    (models.TeamBudget, "/components/schemas/Budgets/properties/teams/items"),
    (models.KeyBudget, "/components/schemas/Budgets/properties/key"),
    (models.BudgetLimit, "/components/schemas/BudgetLimit"),
    (models.Route, "/components/schemas/Route"),
    (models.Model, "/components/schemas/Model"),
    (models.ToolPin, "/components/schemas/ToolPin"),
    (models.PendingToolDefinition, "/components/schemas/ToolPin/properties/pending"),
    (models.VectorStore, "/components/schemas/VectorStore"),
    (models.FileCounts, "/components/schemas/FileCounts"),
    (models.FileObject, "/components/schemas/File"),
    (models.VectorStoreFile, "/components/schemas/VectorStoreFile"),
    (models.SearchResult, "/components/schemas/SearchResult"),
    (models.SearchContent, "/components/schemas/SearchResult/properties/content/items"),
    (models.Deleted, "/components/schemas/Deleted"),
)

# Models the document does not describe, each with the reason; the check fails on any model in neither list.
NOT_DESCRIBED: Dict[type, str] = {}


def load_document() -> Dict[str, Any]:
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


def problems(document: Dict[str, Any]) -> List[str]:
    found = endpoint_problems(document, all_endpoints())
    for cls, pointer in BINDINGS:
        found.extend(model_problems(document, cls, pointer))
    found.extend(error_body_problems(document))
    found.extend(coverage_problems())
    return found


def endpoint_problems(document: Dict[str, Any], endpoints: Iterable[Endpoint]) -> List[str]:
    found = []
    for endpoint in endpoints:
        operation = document.get("paths", {}).get(endpoint.path, {}).get(endpoint.method.lower())
        if operation is None:
            found.append("{} {} is not in the document".format(endpoint.method, endpoint.path))
            continue
        documented = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
        for name in endpoint.query:
            if name not in documented:
                found.append("{} {}: query parameter '{}' is not in the document".format(endpoint.method, endpoint.path, name))
    return found


def model_problems(document: Dict[str, Any], cls: type, pointer: str) -> List[str]:
    schema = resolve(document, pointer)
    if schema is None:
        return ["{}: the document has no schema at {}".format(cls.__name__, pointer)]
    properties = {name: resolve_refs(document, value) for name, value in (schema.get("properties") or {}).items()}
    hints = field_types(cls)
    found = ["{}.{} is not a property of {}".format(cls.__name__, name, pointer) for name in hints if name not in properties]
    found += ["{} has property '{}' that {} lacks".format(pointer, name, cls.__name__) for name in properties if name not in hints]
    for name in sorted(set(hints) & set(properties)):
        sdk, documented = literal_values(hints[name]), enum_values(document, properties[name])
        if sdk != documented:
            found.append("{}.{}: the SDK knows the values {} where the document says {}".format(
                cls.__name__, name, sorted(sdk) if sdk is not None else None, sorted(documented) if documented is not None else None))
    return found


def error_body_problems(document: Dict[str, Any]) -> List[str]:
    inner = resolve(document, "/components/schemas/Error/properties/error") or {}
    documented = set((inner.get("properties") or {}).keys())
    return [] if documented == set(ERROR_FIELDS) else ["Error: the SDK reads {} where the document has {}".format(sorted(ERROR_FIELDS), sorted(documented))]


def coverage_problems() -> List[str]:
    bound = {cls for cls, _ in BINDINGS} | set(NOT_DESCRIBED)
    every = {value for _, value in inspect.getmembers(models, inspect.isclass) if dataclasses.is_dataclass(value)}
    return ["{} is checked against no schema (add it to BINDINGS or NOT_DESCRIBED)".format(cls.__name__) for cls in sorted(every - bound, key=lambda c: c.__name__)]


def resolve(document: Dict[str, Any], pointer: str) -> Optional[Dict[str, Any]]:
    node: Any = document
    for part in pointer.strip("/").split("/"):
        node = resolve_refs(document, node)
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    node = resolve_refs(document, node)
    return node if isinstance(node, dict) else None


def resolve_refs(document: Dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(document, node["$ref"].lstrip("#"))
    return node


def literal_values(hint: Any) -> Optional[Set[Any]]:
    """The values of the Literal inside a hint (through Optional, List, Union), or None if it has none."""
    if typing.get_origin(hint) is Literal:
        return set(typing.get_args(hint))
    for arg in typing.get_args(hint):
        values = literal_values(arg)
        if values is not None:
            return values
    return None


def enum_values(document: Dict[str, Any], schema: Any) -> Optional[Set[Any]]:
    """The values an enum or const allows (through array items and oneOf/anyOf arms), or None if unconstrained."""
    schema = resolve_refs(document, schema)
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return set(value for value in schema["enum"] if value is not None)
    if "const" in schema:
        return {schema["const"]}
    if "items" in schema and schema.get("type") == "array":
        return enum_values(document, schema["items"])
    for arm in schema.get("oneOf", []) + schema.get("anyOf", []):
        values = enum_values(document, arm)
        if values is not None:
            return values
    return None
