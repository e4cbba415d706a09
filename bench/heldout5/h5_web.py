"""Browser reports of the fifth held-out set: the fourth set's HTML items (``h4_html``) inside an
optional web-site frame (site name, menu, breadcrumb, footer: the text a CMS page prints around an
article), printed by Chromium with or without the browser's own header and footer lines (date,
page title, address, "1/3"). The frame's text is registered like any other (``gold.render``).
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import h4_html

SITE_CSS = """
.site { border-bottom: 2px solid %(accent)s; margin-bottom: 8pt; padding-bottom: 4pt; }
.site .name { font-size: 15pt; font-weight: bold; color: %(accent)s; }
.site nav { font-size: 8.5pt; color: #444; margin-top: 3pt; }
.site nav span { margin-right: 12pt; }
.crumb { font-size: 7.5pt; color: #666; margin-bottom: 6pt; }
.meta { font-size: 7.5pt; color: #666; margin-bottom: 8pt; }
footer.sitefoot { border-top: 1px solid #aaa; margin-top: 14pt; padding-top: 4pt; font-size: 7.5pt; color: #555; }
"""


def _esc(text: str) -> str:
    return h4_html._esc(text)


def html_document(report: dict, gold) -> str:
    page = h4_html.html_document(report, gold)
    site = report.get("site")
    if not site:
        return page
    accent = "#" + report.get("accent", "1F3B5A")
    head = (f'<div class="site"><div class="name">{_esc(gold.render(site["name"]))}</div><nav>'
            + "".join(f"<span>{_esc(gold.render(m))}</span>" for m in site["menu"]) + "</nav></div>"
            f'<div class="crumb">{_esc(gold.render(site["crumb"]))}</div>'
            f'<div class="meta">{_esc(gold.render(site["meta"]))}</div>')
    foot = ('<footer class="sitefoot">' + "<br>".join(_esc(gold.render(l)) for l in site["footer"]) + "</footer>")
    page = page.replace("</style>", SITE_CSS % {"accent": accent} + "</style>", 1)
    return page.replace("<body>\n", "<body>\n" + head + "\n", 1).replace("\n</body>", "\n" + foot + "\n</body>", 1)


def print_pdf(page: Path, target: Path, header_footer: bool = False) -> None:
    """Chromium's print to PDF; ``header_footer`` keeps the lines a browser prints by default."""
    if not header_footer:
        return h4_html.print_pdf(page, target)
    with tempfile.TemporaryDirectory(prefix="heldout5-chrome-") as profile:
        subprocess.run([h4_html.chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={profile}", f"--print-to-pdf={target}", page.as_uri()],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)


BROWSER = {"chrome", "web"}  # renditions printed by Chromium ("web": with its header and footer lines)


def is_browser(report: dict) -> bool:
    return bool(BROWSER & set(report["renditions"]))


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A browser report's page printed by Chromium as its PDF (``make_heldout3.write_built``'s hook)."""
    if not is_browser(report):
        return False
    name = report["name"]
    page = tmp / f"{report.get('page_file', name)}.html"
    page.write_text(document, encoding="utf-8")
    print_pdf(page, out_dir / f"{name}.pdf", header_footer="web" in report["renditions"])
    return True
