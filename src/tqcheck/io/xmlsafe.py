"""XML parsing that refuses entity expansion, external references and DTD tricks (defusedxml)."""
from __future__ import annotations

import re

from . import InputError, decode, read_bytes

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(path: str, root_name: str, kind: str):
    """(root element, decoded text) of ``path``, whose root must be ``<root_name>``; or an :class:`InputError`.

    ``kind`` names the format in the error ("XLIFF"); the text serves for line numbers.
    """
    from defusedxml import ElementTree as ET
    from defusedxml.common import DefusedXmlException

    data = read_bytes(path)
    if isinstance(data, InputError):
        return data
    if not data.strip():
        return InputError(path, None, "empty file: expected an XML document")
    text = decode(path, data)  # catches invalid UTF-8 with a line number
    if isinstance(text, InputError):
        return text
    try:
        root = ET.fromstring(data)
    except DefusedXmlException as exc:
        return InputError(path, None, f"refused: {type(exc).__name__} (entity declarations and external references are not allowed)")
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        return InputError(path, line, f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}")
    if local(root.tag) != root_name:
        return InputError(path, None, f"not a {kind} file (root element <{local(root.tag)}>)")
    return root, text


def start_tag_lines(text: str, name: str) -> list[int]:
    """The line of each ``<name ...>`` start tag (with any namespace prefix), in document order and
    outside comments and CDATA sections: the line of the n-th ``name`` element a parser yields.

    (Not an ``id`` looked up by value: the inline codes of XLIFF units have ids too, "<g id="1">".)
    """
    lines: list[int] = []
    line, pos = 1, 0
    for m in re.finditer(rf"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<(?:[\w.-]+:)?{re.escape(name)}(?=[\s/>])", text, re.DOTALL):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if m.group()[1] not in "!":
            lines.append(line)
    return lines


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element) -> str:
    """The text of an element with inline markup flattened (placeholders keep their text)."""
    return "".join(element.itertext()) if element is not None else ""
