"""report.html for `compare`: self-contained, escaped, shows the matrix; opens in headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from ehcp_qa.compare import GRADES, AutoRow, HumanRow, compare
from ehcp_qa.report.compare_html import render
from ehcp_qa.report.plots import all_plots, data_uri

O, G, RI, I = GRADES
EXTERNAL = re.compile(r"""(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def _result():
    tool = [G, G, RI, I, RI, O, G, I]
    panel = [G, RI, RI, RI, G, G, G, I]
    quads = ["North", "North", "North", "South", "South", "South", "West", "West"]
    auto = [AutoRow(file=f"plans/p{i}.docx", sha256=None, status="ok", rating=t, score=5.0,
                    top_findings=["specificity.vague-provision"]) for i, t in enumerate(tool)]
    auto.append(AutoRow(file="plans/<img src=x onerror=alert(1)>.pdf", sha256=None, status="error", error="corrupt"))
    human = [HumanRow(key=f"p{i}.docx", by_id=False, grade=g, quadrant=q, moderator="Ann", row=i + 1)
             for i, (g, q) in enumerate(zip(panel, quads))]
    human.append(HumanRow(key="p1.docx", by_id=False, grade=G, moderator="Bob", row=20))
    return compare(auto, human, bootstrap=100, seed=0)


class _Cells(HTMLParser):
    """Collect the text of every element with an id, and every src/href."""

    def __init__(self):
        super().__init__()
        self.cells: dict[str, str] = {}
        self.links: list[str] = []
        self.tags: set[str] = set()
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        self.links += [v for k, v in attrs if k in ("src", "href") and v]
        if a.get("id", "").startswith(("confusion-", "ceiling-")):
            self._open = a["id"]
            self.cells[self._open] = ""

    def handle_data(self, data):
        if self._open:
            self.cells[self._open] += data

    def handle_endtag(self, tag):
        if tag == "td":
            self._open = None


def _matrix_cells(html):
    p = _Cells()
    p.feed(html)
    return p


def test_html_shows_every_matrix_cell():
    r = _result()
    html = render(r, all_plots(r))
    p = _matrix_cells(html)
    labels = r["confusion"]["labels"]
    for i, row in enumerate(r["confusion"]["matrix"]):
        for j, v in enumerate(row):
            assert p.cells[f"confusion-{labels[i]}-{labels[j]}"] == str(v)
    assert r["confusion"]["matrix"][1][2] == 1  # panel good, tool RI (p4)
    assert any(k.startswith("ceiling-") for k in p.cells)  # p1 was graded twice


def test_html_is_self_contained_and_escaped():
    r = _result()
    images = all_plots(r)
    html = render(r, images)
    assert not EXTERNAL.search(html)
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in html and "<img src=x" not in html
    p = _matrix_cells(html)
    assert "link" not in p.tags and "script" not in p.tags and "iframe" not in p.tags
    assert all(link.startswith("data:image/png;base64,") for link in p.links)
    assert data_uri(images["confusion.png"]) in html
    assert "http://" not in html and "https://" not in html


def test_bias_and_headline_present():
    r = _result()
    html = render(r)
    assert 'id="headline"' in html and "Quadratic-weighted kappa" in html
    assert r["bias"]["sentence"] and r["bias"]["sentence"].replace("'", "&#x27;") in html


@pytest.mark.slow
def test_report_opens_in_headless_chromium(tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); CI installs it")
    r = _result()
    page = tmp_path / "report.html"
    page.write_text(render(r, all_plots(r)), encoding="utf-8")
    profile = tmp_path / "profile"
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--window-size=1200,2000", f"--screenshot={tmp_path / 'shot.png'}", page.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert (tmp_path / "shot.png").stat().st_size > 10_000  # rendered something
    dom = subprocess.run(cmd[:-2] + ["--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "Tool vs moderation panel" in dom
    p = _matrix_cells(dom)
    labels = r["confusion"]["labels"]
    for i, row in enumerate(r["confusion"]["matrix"]):
        for j, v in enumerate(row):
            assert p.cells[f"confusion-{labels[i]}-{labels[j]}"].strip() == str(v)
    assert not EXTERNAL.search(dom)
