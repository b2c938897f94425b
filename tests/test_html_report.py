"""The HTML report: self-contained, well nested, escaped, scaling to many sources,
and working in a real browser (headless Chromium, skipped where it is absent)."""

from __future__ import annotations

import re
import shutil
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FT, GLOBE, run_cli

from compare import compare_files, compare_texts
from compare.report.html import comparison_to_html

ARTICLE = (
    "Mayor Jane Doe said the council approved the budget on Tuesday. "
    '"We will fix every road in the city," Doe said. '
    "The plan costs $4 million and covers 120 miles of road."
)


class _Structure(HTMLParser):
    """Collects ids, local links, mark nesting and any external references."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.depth = 0
        self.balanced = True
        self.rows_in_matrix = 0
        self._in_matrix_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for key in ("href", "src"):
            value = values.get(key) or ""
            if value.startswith("#"):
                self.links.append(value[1:])
            elif value:
                self.external.append(value)
        if tag == "link":
            self.external.append(str(values))
        if tag == "mark":
            self.depth += 1
        if tag == "table" and "matrix" in (values.get("class") or ""):
            self._in_matrix_body = True
        if tag == "tr" and self._in_matrix_body:
            self.rows_in_matrix += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1
            self.balanced = self.balanced and self.depth >= 0
        if tag == "table":
            self._in_matrix_body = False


def _parse(page: str) -> _Structure:
    parser = _Structure()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def seed_page() -> str:
    return comparison_to_html(compare_files([GLOBE, FT]))


def test_page_is_self_contained(seed_page: str) -> None:
    parsed = _parse(seed_page)
    assert parsed.external == []
    assert not re.search(r"https?://", seed_page.split("<script>")[0].split("</style>")[0])
    assert "<style>" in seed_page and "<script>" in seed_page
    assert '<meta name="viewport"' in seed_page


def test_every_link_points_at_an_element_and_marks_nest(seed_page: str) -> None:
    parsed = _parse(seed_page)
    assert parsed.links, "the report links findings to their evidence"
    missing = [link for link in parsed.links if link not in parsed.ids]
    assert missing == []
    assert parsed.balanced and parsed.depth == 0


def test_every_aligned_claim_is_highlighted_with_its_group() -> None:
    comparison = compare_files([GLOBE, FT])
    page = comparison_to_html(comparison)
    for alignment in comparison.alignments:
        assert page.count(f'data-group="{alignment.id}"') >= len(alignment.members)


def test_article_text_is_escaped() -> None:
    # Cleaning drops whole tags, so test the characters that survive it.
    hostile = ARTICLE + " Costs rose as 3<4 & margins fell by 7>2 points."
    page = comparison_to_html(compare_texts({"one": hostile, "two": ARTICLE}))
    assert "3<4" not in page and "7>2" not in page
    assert "3&lt;4 &amp; margins" in page


def test_matrix_grows_by_rows_for_many_sources() -> None:
    texts = {f"outlet-{i:02d}": ARTICLE for i in range(55)}
    page = comparison_to_html(compare_texts(texts))
    parsed = _parse(page)
    assert parsed.rows_in_matrix == 55 + 1  # a header row, then one row per source
    assert ">BC<" in page  # letters go on past Z: A..Z, AA..AZ, BA, BB, BC (the 55th)
    assert parsed.balanced


def test_cli_writes_the_html_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = run_cli("compare", str(GLOBE), str(FT), "--format", "html", "-o", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "Boston Globe" in page and "Financial Times" in page


# --- a real browser -------------------------------------------------------------------------


def _chrome():  # type: ignore[no-untyped-def]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        hint = "apt-get install chromium chromium-driver"
        pytest.skip(f"headless Chromium and chromedriver are not installed ({hint})")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=driver_path)
    return webdriver.Chrome(options=options, service=service)


def _png_is_blank(png: bytes) -> bool:
    """True when every pixel row of an 8-bit RGB(A) PNG holds one and the same byte value."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data, width, channels = 8, b"", 0, 4
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width = struct.unpack(">I", body[:4])[0]
            channels = {2: 3, 6: 4}.get(body[9], 4)
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels + 1
    pixels = bytearray()
    for row in range(len(raw) // stride):  # drop each row's filter byte
        pixels += raw[row * stride + 1 : (row + 1) * stride]
    return len(set(pixels[:: channels * 7])) <= 2


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    driver = _chrome()
    yield driver
    driver.quit()


def test_page_loads_without_errors_and_is_not_blank(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    page.write_text(comparison_to_html(compare_files([GLOBE, FT])), encoding="utf-8")
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == []
    assert not _png_is_blank(browser.get_screenshot_as_png())
    assert len(browser.find_elements("css selector", ".column:not([hidden])")) == 2


def test_clicking_a_claim_scrolls_its_counterpart_into_view(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    page.write_text(comparison_to_html(compare_files([GLOBE, FT])), encoding="utf-8")
    browser.get(page.as_uri())
    # The aligned claim whose counterpart sits deepest in the right column: before the
    # click it is out of that column's view, after it the counterpart must be inside.
    script = """
      var right = document.querySelector('.column[data-index="1"]');
      var best = null, depth = -1;
      document.querySelectorAll('.column[data-index="0"] mark.claim').forEach(function (m) {
        var other = right.querySelector('mark.claim[data-group="' + m.dataset.group + '"]');
        if (other && other.offsetTop > depth) { depth = other.offsetTop; best = m; }
      });
      right.scrollTop = 0;
      if (best) { best.scrollIntoView({block: 'center'}); }
      return best ? [best.id, right.querySelector(
        'mark.claim[data-group="' + best.dataset.group + '"]').id] : null;
    """
    pair = browser.execute_script(script)
    assert pair is not None
    source_id, target_id = pair
    in_view = """
      var el = document.getElementById(arguments[0]);
      var box = el.closest('.column').getBoundingClientRect();
      var r = el.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    """
    assert browser.execute_script(in_view, target_id) is False
    browser.find_element("id", source_id).click()
    assert browser.execute_script(in_view, target_id) is True
    assert "flash" in browser.find_element("id", target_id).get_attribute("class")
