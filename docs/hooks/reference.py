"""mkdocs hook: the API reference generated in generated/docs/ becomes the site's reference/.

The generator writes the reference with the package (drift-checked like the code); this
hook adds those pages to the site as they are, and lists each service's pages in the nav
under "Reference", so that a new service appears without editing mkdocs.yml.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

REFERENCE = Path(__file__).resolve().parents[2] / "generated" / "docs"
PREFIX = "reference"
NAV_ENTRY = "Reference"
# A service's pages in the order the nav lists them.
SERVICE_PAGES = ("index.md", "client.md", "models.md")


def _pages() -> list[Path]:
    if not (REFERENCE / "index.md").is_file():
        raise FileNotFoundError(f"no generated reference at {REFERENCE}: run `make generate`")
    return sorted(p for p in REFERENCE.rglob("*.md") if not p.name.startswith("_"))


def _title(page: Path) -> str:
    match = re.search(r"^# (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1).strip() if match else page.stem


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    services = sorted({p.parent for p in _pages() if p.parent != REFERENCE})
    section: list[Any] = [{"Overview": f"{PREFIX}/index.md"}]
    for folder in services:
        entries = [
            {
                _title(folder / page)
                if page != "index.md"
                else "Getting started": f"{PREFIX}/{folder.name}/{page}"
            }
            for page in SERVICE_PAGES
            if (folder / page).is_file()
        ]
        section.append({_title(folder / "index.md"): entries})
    nav = config.nav or []
    for number, item in enumerate(nav):
        if isinstance(item, dict) and NAV_ENTRY in item:
            nav[number] = {NAV_ENTRY: section}
            break
    else:
        nav.append({NAV_ENTRY: section})
    config.nav = nav
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in _pages():
        uri = f"{PREFIX}/{page.relative_to(REFERENCE).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(page)))
    return files
