"""Ingest: text, HTML (main text), PDF, DOCX; hashes; language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from nezabudka.core.dates import PartialDate
from nezabudka.extraction.ingest import DOCX, HTML, PDF, TEXT, IngestError, read_document

HTML_DOC = b"""<!doctype html><html><head><title>Plight</title>
<meta name="author" content="Craig Jackson"><meta property="og:site_name" content="Atlantic Council">
<meta property="article:published_time" content="2025-10-15"></head><body><nav>Home | About</nav>
<article><h1>Plight of Belarusian political prisoners</h1>
<p>On October 2, 2020, Belarusian human rights defender Andrei Chapiuk was arrested as part of a
sweeping crackdown on the country's civil society following mass protests.</p>
<p>He received a fine and a six-year sentence. In April 2025, Chapiuk was released.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""


def _pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Report) /Author (Viasna) /CreationDate (D:20240312120000) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def test_text(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(
        "Report\nПалітвязня Андрэя Кавалёнка затрымалі 14 чэрвеня 2021 года.", encoding="utf-8"
    )
    d = read_document(f)
    assert d.media_type == TEXT and d.language == "be" and d.title == "Report"
    assert len(d.sha256) == 64 and d.filename == "r.txt"
    assert read_document(f.read_bytes()).sha256 == d.sha256  # re-ingest is recognised


def test_cp1251_text() -> None:
    d = read_document("Людмилу Ковалёву задержали в Минске.".encode("cp1251"))
    assert d.language == "ru" and "Ковалёву" in d.text


def test_html_main_text_and_metadata() -> None:
    d = read_document(HTML_DOC, "page.html")
    assert d.media_type == HTML
    assert "Andrei Chapiuk was arrested" in d.text
    assert "newsletter" not in d.text and "Home | About" not in d.text
    assert d.author == "Craig Jackson" and d.publisher == "Atlantic Council"
    assert d.published == PartialDate(2025, 10, 15) and d.language == "en"


def test_pdf() -> None:
    d = read_document(_pdf("Andrei Chapiuk was arrested on 2 October 2020."))
    assert d.media_type == PDF and "Chapiuk was arrested" in d.text
    assert d.title == "Report" and d.author == "Viasna" and d.published == PartialDate(2024, 3, 12)


def test_docx(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Отчёт"
    doc.core_properties.author = "Вясна"
    doc.add_paragraph("Политзаключённую Людмилу Ковалёву задержали 2 октября 2020 года в Минске.")
    f = tmp_path / "r.docx"
    doc.save(str(f))
    d = read_document(f)
    assert (
        d.media_type == DOCX and d.language == "ru" and d.title == "Отчёт" and d.author == "Вясна"
    )
    assert "Ковалёву" in d.text
    same = read_document(d.text.encode("utf-8"))
    assert same.same_as(d) and same.sha256 != d.sha256


def test_empty_is_an_error() -> None:
    with pytest.raises(IngestError):
        read_document(b"   ")
