"""Registers as HTML tables: every cell escaped, text wrapped (no cut columns), the page's
full height (no scroll box inside the page), and one card per row on a phone.

Pure functions returning HTML for st.html; the page picker and the data live in the pages.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

SUMMARY_WORDS = 45      # a long resolution shows this many words, the rest one click away

TABLE_CSS = """
.scr-table { width: 100%; border-collapse: collapse; font-size: .92rem; line-height: 1.45; }
.scr-table th { text-align: left; font-weight: 600; color: #5d6b7a; border-bottom: 2px solid #d9e0e8;
                padding: .45rem .6rem; white-space: nowrap; }
.scr-table td { vertical-align: top; border-bottom: 1px solid #e6ebf1; padding: .5rem .6rem;
                overflow-wrap: break-word; hyphens: auto; }
.scr-table td.scr-long { overflow-wrap: anywhere; min-width: 9rem; }
.scr-table td.scr-nowrap { white-space: nowrap; }
.scr-table tr:hover td { background: #f7f9fb; }
.scr-table details summary { cursor: pointer; list-style: none; }
.scr-table details summary::after { content: " more ▾"; color: #1f5c99; font-size: .85rem; }
.scr-table details[open] summary { display: none; }
.scr-table a { color: #1f5c99; }
@media (max-width: 640px) {
  .scr-table thead { display: none; }
  .scr-table, .scr-table tbody, .scr-table tr, .scr-table td { display: block; width: 100%; }
  .scr-table tr { border: 1px solid #d9e0e8; border-radius: .5rem; margin: 0 0 .75rem; padding: .3rem .2rem; }
  .scr-table td { border: 0; padding: .2rem .5rem; }
  .scr-table td.scr-nowrap { white-space: normal; }
  .scr-table td.scr-long { min-width: 0; }
  .scr-table td[data-label]:not([data-label=""])::before { content: attr(data-label); display: block;
                font-size: .75rem; color: #5d6b7a; text-transform: uppercase; letter-spacing: .03em; }
}
"""


@dataclass(frozen=True)
class Column:
    """One column: its heading, and whether its cells stay on one line on a wide screen."""

    label: str
    nowrap: bool = False
    long: bool = False      # free text (a resolution, a path): may break anywhere, takes the spare width


@dataclass(frozen=True)
class Link:
    """A cell that opens something the app serves (a source route): its URL and its words."""

    href: str
    text: str


def _cell(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Link):
        return f'<a href="{html.escape(value.href, quote=True)}" target="_blank" rel="noopener noreferrer">' \
               f"{html.escape(value.text)}</a>"
    text = " ".join(str(value).split())
    words = text.split(" ")
    if len(words) > SUMMARY_WORDS + 10:
        return (f"<details><summary>{html.escape(' '.join(words[:SUMMARY_WORDS]))} …</summary>"
                f"{html.escape(text)}</details>")
    return html.escape(text)


def _classes(c: Column) -> str:
    names = [name for name, on in (("scr-nowrap", c.nowrap), ("scr-long", c.long)) if on]
    return f' class="{" ".join(names)}"' if names else ""


def html_table(columns: list[Column], rows: list[list], label: str) -> str:
    """The rows as an escaped, wrapping HTML table; `label` names it for screen readers."""
    head = "".join(f"<th>{html.escape(c.label)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = "".join(
            f'<td data-label="{html.escape(c.label, quote=True)}"{_classes(c)}>{_cell(v)}</td>'
            for c, v in zip(columns, row))
        body.append(f"<tr>{cells}</tr>")
    return (f'<table class="scr-table" aria-label="{html.escape(label, quote=True)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")
