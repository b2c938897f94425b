"""HTML pages and `claimdiff add`, against pages served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import html as html_lib
import http.server
import os
import re
import shutil
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FT, GLOBE, run_cli

from compare import ClaimdiffError, Source, compare_sources, load_source

PAGES = Path(__file__).parent / "pages"


def ft_as_html() -> bytes:
    """The bundled FT article as a news page with navigation, sharing and a footer."""
    source = load_source(FT)
    paragraphs = [
        source.text[b.start : b.end] for b in source.blocks if b.role in ("body", "caption")
    ]
    body = "\n".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{html_lib.escape(source.metadata.title)} | Financial Times</title>
<meta property="og:site_name" content="Financial Times">
<meta property="og:title" content="{html_lib.escape(source.metadata.title, quote=True)}">
<meta property="article:published_time" content="2022-01-13T18:00:00Z">
<meta name="author" content="Henry Foy; Ben Hall">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html_lib.escape(source.metadata.title)}</h1>{body}</article>
<aside><h2>Most read</h2><ol><li><a href="/1">Markets rally</a></li></ol></aside>
<footer>© The Financial Times Ltd 2022. All rights reserved.</footer></body></html>""".encode()


ROUTES: dict[str, tuple[int, str, bytes]] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/trickle":  # one byte at a time, each well within a read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/courier")
            self.end_headers()
            return
        status, kind, body = ROUTES.get(
            self.path, (404, "text/html", b"<html><body>Not found</body></html>")
        )
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    ROUTES.update(
        {
            "/courier": (200, "text/html; charset=utf-8", (PAGES / "courier.html").read_bytes()),
            "/blog": (200, "text/html", (PAGES / "blog.html").read_bytes()),
            "/empty": (200, "text/html", (PAGES / "empty.html").read_bytes()),
            "/ft": (200, "text/html; charset=utf-8", ft_as_html()),
            "/broken": (500, "text/html", b"<html><body>Internal error</body></html>"),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4 binary"),
            "/slow": (200, "text/html", (PAGES / "courier.html").read_bytes()),
        }
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_news_page_becomes_a_source_without_furniture(server, tmp_path):
    result = run_cli("add", f"{server}/courier", "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = tmp_path / "springfield-courier-2023-05-01.md"
    source = load_source(written)
    meta = source.metadata
    assert meta.outlet == "The Springfield Courier"
    assert meta.title == "Bridge to close for a year"
    assert meta.published == "2023-05-01"
    assert meta.authors == ("Ann Lee",)
    assert meta.url == "https://courier.example/news/bridge-to-close"
    for furniture in (
        "Share on Facebook",
        "Most popular",
        "Celebrity",
        "All rights reserved",
        "Privacy",
        "Sport",
    ):
        assert furniture not in source.text
    captions = [source.text[b.start : b.end] for b in source.blocks if b.role == "caption"]
    assert captions == ["The old harbour bridge at dusk on Sunday."]


def test_blog_layout_with_json_ld(server, tmp_path):
    result = run_cli("add", f"{server}/blog", "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    source = load_source(tmp_path / "riverside-daily-2023-05-02.md")
    assert source.metadata.authors == ("Bo Chen", "Cara Diaz")
    assert "detour" in source.text
    for furniture in (
        "cookies",
        "Subscribe",
        "Share this",
        "Festival dates",
        "Disgrace",
        "disgrace",
        "WordPress",
    ):
        assert furniture not in source.text
    assert any(b.role == "caption" for b in source.blocks)


def test_redirect_is_followed(server, tmp_path):
    assert run_cli("add", f"{server}/moved", "--to", str(tmp_path)).returncode == 0
    assert (tmp_path / "springfield-courier-2023-05-01.md").exists()


def test_never_overwrites_without_force(server, tmp_path):
    assert run_cli("add", f"{server}/courier", "--to", str(tmp_path)).returncode == 0
    target = tmp_path / "springfield-courier-2023-05-01.md"
    target.write_text("my edits", "utf-8")
    again = run_cli("add", f"{server}/courier", "--to", str(tmp_path))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert target.read_text("utf-8") == "my edits"
    forced = run_cli("add", f"{server}/courier", "--to", str(tmp_path), "--force")
    assert forced.returncode == 0 and target.read_text("utf-8").startswith("---")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/report.pdf", "not an HTML page"),
        ("/empty", "no article text"),
        ("/slow", "timed out"),
    ],
)
def test_fetch_errors_are_one_line_and_leave_nothing(server, tmp_path, path, message):
    # only the slow page gets the short timeout: on a loaded machine the others can
    # take longer than a second to serve, and must fail for their own reason
    timeout = "1" if path == "/slow" else "20"
    result = run_cli("add", f"{server}{path}", "--to", str(tmp_path), "--timeout", timeout)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unreachable_host(tmp_path):
    # Port 9 on loopback (discard) is closed on a normal machine: connection refused.
    result = run_cli("add", "http://127.0.0.1:9/article", "--to", str(tmp_path), "--timeout", "2")
    assert result.returncode == 2
    assert "cannot connect" in result.stderr or "timed out" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_saved_html_page_is_read_directly_with_lines_into_the_page(tmp_path):
    page = tmp_path / "courier.html"
    shutil.copy(PAGES / "courier.html", page)
    source = load_source(page)
    lines = page.read_text("utf-8").splitlines()
    quote_start = source.text.index("“The bridge is not safe")
    assert "The bridge is not safe" in lines[source.line_of(quote_start) - 1]
    result = run_cli("compare", str(page), str(PAGES / "blog.html"))
    assert result.returncode == 0, result.stderr
    assert "courier.html:" in result.stdout


def test_page_compares_like_the_text_version(server, tmp_path):
    assert run_cli("add", f"{server}/ft", "--to", str(tmp_path)).returncode == 0
    from_page = load_source(tmp_path / "financial-times-2022-01-13.md")
    globe = load_source(GLOBE)

    def verdicts(other: Source) -> list[tuple[str, str, str]]:
        comparison = compare_sources([globe, other])
        return sorted(
            (a.kind, a.verdict, a.members[0].text)
            for a in comparison.alignments
            if a.kind != "statement"
        )

    assert verdicts(from_page) == verdicts(load_source(FT))


def test_missing_extra_says_how_to_install(tmp_path):
    page = tmp_path / "p.html"
    shutil.copy(PAGES / "courier.html", page)
    code = (
        "import sys; sys.modules['trafilatura'] = None; sys.argv = ['claimdiff', 'extract', "
        f"{str(page)!r}]; from compare.cli import main; main()"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "pip install 'claimdiff[html]'" in result.stderr
    assert "Traceback" not in result.stderr


# -- claimdiff add: names, dates, modes, the whole-download timeout ------------------


def courier_variant(title: str, slug: str, date: str | None = "2023-05-01T09:30:00Z") -> bytes:
    page = (PAGES / "courier.html").read_text("utf-8")
    page = page.replace("Bridge to close for a year", title).replace("bridge-to-close", slug)
    if date is None:
        page = re.sub(r'<meta property="article:published_time"[^>]*>', "", page)
    else:
        page = page.replace("2023-05-01T09:30:00Z", date)
    return page.encode("utf-8")


def add(target: str, folder: Path, **options: object) -> Path:
    """`claimdiff add` in this process (the CLI is a thin wrapper round it)."""
    from compare.ingest.adding import add_source

    return add_source(target, folder, **options)  # type: ignore[arg-type]


def test_second_story_same_outlet_and_day_gets_its_own_name(server, tmp_path):
    ROUTES["/other"] = (200, "text/html", courier_variant("Ferry fares to rise", "ferry-fares"))
    first = add(f"{server}/courier", tmp_path)
    second = add(f"{server}/other", tmp_path)
    assert first.name == "springfield-courier-2023-05-01.md"
    assert second.name == "springfield-courier-2023-05-01-2.md"
    assert load_source(second).metadata.title == "Ferry fares to rise"
    with pytest.raises(ClaimdiffError, match="already exists"):  # the same page again
        add(f"{server}/other", tmp_path)
    assert len(list(tmp_path.iterdir())) == 2


def test_name_option_chooses_the_file(server, tmp_path):
    result = run_cli("add", f"{server}/courier", "--to", str(tmp_path), "--name", "bridge")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["bridge.md"]
    with pytest.raises(ClaimdiffError, match="already exists"):
        add(f"{server}/courier", tmp_path, name="bridge.md")
    with pytest.raises(ClaimdiffError, match="not a file name"):
        add(f"{server}/courier", tmp_path, name="../escape")
    assert [p.name for p in tmp_path.iterdir()] == ["bridge.md"]


def test_date_never_comes_from_body_text(server, tmp_path):
    page = courier_variant("Council budget review", "budget", date=None).decode("utf-8")
    page = page.replace("<p>", "<p>Over the years 2019 to 2023 the council overspent. ", 1)
    ROUTES["/undated"] = (200, "text/html", page.encode("utf-8"))
    written = add(f"{server}/undated", tmp_path)
    assert written.name == "springfield-courier-undated.md"
    assert "2019" not in load_source(written).metadata.published


def test_added_file_gets_the_umask_mode(server, tmp_path):
    mask = os.umask(0o022)
    try:
        written = add(f"{server}/courier", tmp_path)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(written.stat().st_mode) == 0o644


def test_timeout_bounds_the_whole_download(server, tmp_path):
    started = time.monotonic()
    with pytest.raises(ClaimdiffError, match="timed out"):
        add(f"{server}/trickle", tmp_path, timeout=1.0)
    assert time.monotonic() - started < 6  # the server would trickle for 10 s
    assert list(tmp_path.iterdir()) == []


def test_iso_date_reads_only_real_days():
    from compare.ingest.adding import iso_date

    assert iso_date("2023-05-01T09:30:00Z") == "2023-05-01"
    assert iso_date("May 3, 2023") == "2023-05-03"
    assert iso_date("3 March 2021") == "2021-03-03"
    assert iso_date("2022-13-45") is None
    assert iso_date("the years 2019 to 2023") is None


def test_page_that_is_not_an_article_writes_nothing(tmp_path, monkeypatch):
    from compare.ingest import adding
    from compare.ingest.html import Page

    page = tmp_path / "saved.html"
    page.write_text("<html><body><p>placeholder</p></body></html>", "utf-8")
    chrome_only = Page("---\ntitle: Menu\n---\n\nSkip to main content\n", {"title": "Menu"}, "")
    monkeypatch.setattr(adding, "read_page", lambda *args, **kwargs: chrome_only)
    out = tmp_path / "out"
    with pytest.raises(ClaimdiffError, match="no article text"):
        adding.add_source(str(page), out)
    assert not out.exists() or list(out.iterdir()) == []
