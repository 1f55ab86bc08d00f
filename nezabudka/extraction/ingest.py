"""Read a report into text plus source metadata: pasted text, saved HTML (main text only),
PDF and DOCX. The SHA-256 of the original bytes identifies the document, so ingesting the same
file again is recognised; ``text_sha256`` (of the normalised text) also recognises the same
report saved in another format.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.extraction.lang import detect_language

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class IngestError(ValueError):
    """A document that cannot be read."""


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    title: str | None
    published: PartialDate | None
    publisher: str | None
    author: str | None
    language: str  # "en" | "ru" | "be"
    sha256: str  # of the original bytes
    media_type: str
    filename: str | None = None
    text_sha256: str = ""  # of the whitespace-normalised text

    def same_as(self, other: Document) -> bool:
        """The same file, or the same text in another format."""
        return self.sha256 == other.sha256 or (
            bool(self.text_sha256) and self.text_sha256 == other.text_sha256
        )


def sniff(data: bytes, filename: str | None = None) -> str:
    head = data[:2048].lstrip().lower()
    if data.startswith(b"%PDF"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return DOCX
        except zipfile.BadZipFile:
            pass
        raise IngestError(f"{filename or 'document'}: a ZIP file that is not a DOCX document")
    name = (filename or "").lower()
    if (
        name.endswith((".html", ".htm", ".xhtml"))
        or head.startswith((b"<!doctype html", b"<html"))
        or (b"<body" in head or b"<p>" in head or b"<div" in head)
    ):
        return HTML
    return TEXT


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _partial(value: Any) -> PartialDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return PartialDate(value.year, value.month, value.day)
    text = str(value).strip()
    m = re.match(r"(?:D:)?(\d{4})-?(\d{2})?-?(\d{2})?", text)
    if not m:
        return None
    try:
        y, mo, d = m.groups()
        return PartialDate(int(y), int(mo) if mo else None, int(d) if d and mo else None)
    except PartialDateError:
        return None


def _html(data: bytes) -> dict[str, Any]:
    import trafilatura

    html = _decode(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        text = re.sub(r"<[^>]+>", " ", html)
        return {"text": re.sub(r"[ \t]+", " ", text).strip()}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {
        "text": d.get("text") or "",
        "title": d.get("title"),
        "author": d.get("author"),
        "publisher": d.get("sitename") or d.get("hostname"),
        "published": _partial(d.get("date")),
    }


def _pdf(data: bytes) -> dict[str, Any]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [p.extract_text() or "" for p in reader.pages]
        meta: Any = reader.metadata or {}
    except Exception as exc:  # pypdf raises many kinds for damaged files
        raise IngestError(f"cannot read PDF: {exc}") from exc
    text = "\n".join(pages)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated across lines
    return {
        "text": text,
        "title": meta.get("/Title") or None,
        "author": meta.get("/Author") or None,
        "published": _partial(meta.get("/CreationDate")),
    }


def _docx(data: bytes) -> dict[str, Any]:
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise IngestError(f"cannot read DOCX: {exc}") from exc
    paras = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            paras.append(" | ".join(c.text for c in row.cells))
    cp = d.core_properties
    return {
        "text": "\n".join(paras),
        "title": cp.title or None,
        "author": cp.author or None,
        "published": _partial(cp.created),
    }


def _text(data: bytes) -> dict[str, Any]:
    text = _decode(data)
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return {"text": text, "title": first if 0 < len(first) <= 200 else None}


def read_document(source: str | Path | bytes, filename: str | None = None) -> Document:
    """Read a file path or raw bytes. ``filename`` helps when bytes are given."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        data = path.read_bytes()
        filename = filename or path.name
    media = sniff(data, filename)
    parts = {HTML: _html, PDF: _pdf, DOCX: _docx, TEXT: _text}[media](data)
    text = parts["text"].replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(
            f"{filename or 'document'}: no text found (a scanned PDF needs OCR first)"
        )
    norm = " ".join(text.split())
    return Document(
        text=text,
        title=parts.get("title"),
        published=parts.get("published"),
        publisher=parts.get("publisher"),
        author=parts.get("author"),
        language=detect_language(text),
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media,
        filename=filename,
        text_sha256=hashlib.sha256(norm.encode("utf-8")).hexdigest(),
    )
