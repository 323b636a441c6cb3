"""Dataclass models to and from JSON, driven by their type hints.

Parsing is tolerant on purpose: fields the model does not know are ignored and a value of an unexpected
JSON type is kept as it came, so a newer gateway never breaks an older SDK.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any, Dict, Literal, Type, TypeVar, Union

T = TypeVar("T")

_HINTS: Dict[type, Dict[str, Any]] = {}


def field_types(cls: type) -> Dict[str, Any]:
    """The resolved type hint of every dataclass field of ``cls``."""
    if cls not in _HINTS:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return _HINTS[cls]


def from_json(cls: Type[T], data: Any) -> T:
    """Builds ``cls`` (a dataclass) from a decoded JSON object."""
    if not isinstance(data, dict):
        raise TypeError("expected a JSON object for {}, got {}".format(cls.__name__, type(data).__name__))
    values: Dict[str, Any] = {}
    for name, hint in field_types(cls).items():
        if name in data and data[name] is not None:
            values[name] = _decode(hint, data[name])
    return cls(**values)  # type: ignore[call-arg]


def to_json(value: Any) -> Any:
    """A dataclass (or list/dict of them) as JSON-ready values, leaving out fields that are None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value) if getattr(value, f.name) is not None}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None or hint is Any:
        return value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_json(hint, value) if isinstance(value, dict) else value
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Union:
        for arm in args:
            if arm is not type(None) and _accepts(arm, value):
                return _decode(arm, value)
        return value
    if origin is list and isinstance(value, list):
        return [_decode(args[0], item) for item in value] if args else value
    if origin is dict and isinstance(value, dict):
        return {key: _decode(args[1], item) for key, item in value.items()} if args else value
    return value


def _accepts(hint: Any, value: Any) -> bool:
    """Whether a JSON value can be of the (non-None) type ``hint``: picks the arm of a Union."""
    if hint is Any:
        return True
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return isinstance(value, dict)
    origin = typing.get_origin(hint)
    if origin is Literal:
        return value in typing.get_args(hint)
    if origin is not None:
        return isinstance(value, origin)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)
