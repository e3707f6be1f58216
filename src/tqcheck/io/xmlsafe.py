"""XML parsing that refuses entity expansion, external references and DTD tricks (defusedxml)."""
from __future__ import annotations

from . import InputError, decode, read_bytes

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(path: str):
    """The root element of ``path``, or an :class:`InputError` naming the line."""
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
        return ET.fromstring(data)
    except DefusedXmlException as exc:
        return InputError(path, None, f"refused: {type(exc).__name__} (entity declarations and external references are not allowed)")
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        return InputError(path, line, f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}")


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element) -> str:
    """The text of an element with inline markup flattened (placeholders keep their text)."""
    return "".join(element.itertext()) if element is not None else ""
