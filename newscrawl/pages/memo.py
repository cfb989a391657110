"""`memo`: `functools.cached_property` without its lock.

On Python 3.11 `cached_property` takes an `RLock` on every first access of every instance (the
lock was dropped in 3.12 because it serialised all instances). The page objects are built once
per page, never shared between threads, and read a dozen such properties each: the lock is pure
cost there. Like `cached_property`, `memo` is a non-data descriptor: once computed, the value
lives in the instance's `__dict__` and is read from there without calling the descriptor again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class memo(Generic[T]):
    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> memo[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | memo[T]:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value
