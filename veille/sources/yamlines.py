"""YAML loading that remembers the line of every key and list element.

PyYAML's safe loader, extended so that mappings and sequences keep the line
where each key or element starts (1-based), and duplicate keys are an error
instead of a silent overwrite.
"""

from __future__ import annotations

from typing import Any

import yaml

from veille.errors import ConfigError, ConfigIssue


class LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when available


class _Loader(_Base):  # type: ignore[misc,valid-type]
    duplicate_keys: list[tuple[str, int]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.duplicate_keys.append((key, line))
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = line
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _Loader.construct_sequence)


def load_yaml(text: str, filename: str) -> Any:
    """Parse YAML text; syntax errors and duplicate keys raise ConfigError with the line."""
    loader = _Loader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntaxe YAML invalide"
        raise ConfigError([ConfigIssue(filename, line, f"YAML invalide : {problem}")]) from exc
    except yaml.YAMLError as exc:
        raise ConfigError([ConfigIssue(filename, None, f"YAML invalide : {exc}")]) from exc
    finally:
        loader.dispose()
    if loader.duplicate_keys:
        raise ConfigError(
            [
                ConfigIssue(filename, line, f"clé « {key} » en double")
                for key, line in loader.duplicate_keys
            ]
        )
    return data


def line_of(data: Any, loc: tuple[int | str, ...]) -> int | None:
    """The line of the deepest node on ``loc`` that we know the line of."""
    line: int | None = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line
