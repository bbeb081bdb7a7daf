"""Alias classes: the names that stand for one thing in the search (Qt-free).

An alias group is an entity of ``data/aliases.csv`` with its names: its English and Chinese names
and every alias (normalized, :func:`core.search.index.normalize`). Groups that share a name are one
class ("Benz" names Beijing Benz and Mercedes-Benz: both companies are one class). A query that is
exactly a name of a class is answered for the whole class — every entry any of its names finds,
each ranked by its best rank over them — so every alias finds exactly what its canonical name
finds, in either language.
"""

from __future__ import annotations

from collections.abc import Iterable


def alias_classes(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    """Each name -> its class number; classes are numbered in the order of their first group."""
    parent: dict[str, str] = {}
    order: list[str] = []

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for group in groups:
        names = [n for n in dict.fromkeys(group) if n]
        for name in names:
            if name not in parent:
                parent[name] = name
                order.append(name)
        for name in names[1:]:
            a, b = root(names[0]), root(name)
            if a != b:  # the earlier-seen name stays the root: numbering follows first appearance
                first, second = (a, b) if order.index(a) < order.index(b) else (b, a)
                parent[second] = first
    numbers: dict[str, int] = {}
    return {name: numbers.setdefault(root(name), len(numbers)) for name in order}
