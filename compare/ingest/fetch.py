"""Fetching a page over HTTP(S) for `claimdiff add` (the [html] extra: httpx)."""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from compare import __version__
from compare.errors import ClaimdiffError

USER_AGENT = f"claimdiff/{__version__} (article comparison; +https://pypi.org/project/claimdiff/)"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(target: str) -> bool:
    """An http(s) address, judged by its scheme alone (a malformed rest, like
    'http://[bad/', is reported by fetch, not mistaken for a file name)."""
    return re.match(r"(?i)https?://", target) is not None


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[bytes, str]:
    """(body, final URL after redirects). Every failure is a one-line ClaimdiffError.

    `timeout` bounds the whole download, not each read: a server trickling one
    byte a second is cut off when the time is up."""
    try:
        import httpx
    except ImportError:
        raise ClaimdiffError(
            "fetching pages needs the html extra: pip install 'claimdiff[html]'"
        ) from None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    if not host:
        raise ClaimdiffError(f"{url}: not a valid URL")
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=10,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise ClaimdiffError(f"{url}: HTTP {response.status_code} {reason}")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind and kind not in HTML_TYPES:
                raise ClaimdiffError(f"{url}: not an HTML page (content type {kind})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ClaimdiffError(
                    f"{url}: page too large ({int(declared)} bytes; limit {max_bytes})"
                )
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ClaimdiffError(f"{url}: page too large (over {max_bytes} bytes)")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise ClaimdiffError(f"{url}: timed out after {timeout:g} s")
            return b"".join(chunks), str(response.url)
    except httpx.TimeoutException:
        raise ClaimdiffError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise ClaimdiffError(f"{url}: too many redirects") from None
    except httpx.ConnectError:
        raise ClaimdiffError(f"{url}: cannot connect to {host}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError):
        raise ClaimdiffError(f"{url}: not a valid URL") from None
    except httpx.HTTPError as error:
        raise ClaimdiffError(f"{url}: {type(error).__name__}: {error}") from None
