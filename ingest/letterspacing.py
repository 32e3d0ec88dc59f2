"""Word gaps in a letter-spaced display line ("M I N U T E S   O F   T H E ..."): pypdf prints every
gap between spaced-out letters as one space, a word's wider gap too, so a heading of several words
reads as one long word. This reads the gaps from the text array (TJ) that drew the line and spaces
the extracted line's words apart. It changes spaces only, never a character, and no other line;
it does not rejoin the letters (ingest/lines.py `unspaced` does, for structure only)."""
from __future__ import annotations

import statistics

WORD_GAP = 1.6      # a gap this many times the line's usual gap between letters is a gap between words
MIN_LETTERS = 5     # fewer spaced letters are a table's ticks or initials, not a display heading
WORD_SEPARATOR = "   "   # how a word gap is printed: the spacing pypdf gives when the words have a space glyph


def spaced_words(elements: list[str | float]) -> list[str] | None:
    """The words a text array spells when it draws single letters apart (a display heading set with
    kerning between its letters and a wider kerning between its words): ["MINUTES", "OF", "THE"].
    `elements` are the array's glyph strings and its numbers (thousandths of an em; negative moves
    right). None when the array is no letter-spaced line of two words or more."""
    letters: list[str] = []
    gaps: list[float] = []          # the space after each letter but the last
    breaks: set[int] = set()        # letters after which a space glyph stands
    pending = 0.0
    for element in elements:
        if isinstance(element, (int, float)):
            pending -= element
            continue
        for ch in element:
            if ch.isspace():
                if letters:
                    breaks.add(len(letters) - 1)
                continue
            if letters:
                gaps.append(pending)
            letters.append(ch)
            pending = 0.0
        if len(element.strip()) > 1:
            return None             # a run of glyphs drawn together: ordinary text
    if len(letters) < MIN_LETTERS or not gaps:
        return None
    letter_gap = statistics.median(gaps)
    if letter_gap <= 0:
        return None                 # no letter spacing: kerning pairs of ordinary text
    words: list[str] = [letters[0]]
    for k, gap in enumerate(gaps):
        if k in breaks or gap >= WORD_GAP * letter_gap:
            words.append("")
        words[-1] += letters[k + 1]
    return words if len(words) >= 2 else None


def respace(text: str, runs: list[list[str]]) -> str:
    """`text` with each line that prints a run's letters one space apart ("M I N U T E S O F") set
    with its word gaps ("M I N U T E S   O F"); every other line as it was."""
    wanted = {" ".join("".join(words)): WORD_SEPARATOR.join(" ".join(w) for w in words) for words in runs}
    lines = text.split("\n")
    for n, line in enumerate(lines):
        spaced = wanted.get(line.strip())
        if spaced is not None:
            lead = line[:len(line) - len(line.lstrip())]
            tail = line[len(line.rstrip()):]
            lines[n] = lead + spaced + tail
    return "\n".join(lines)
