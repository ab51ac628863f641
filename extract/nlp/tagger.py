"""Tag an article: sentences, tokens, a spaCy Doc and mentions with character offsets.

underthesea supplies sentence splitting (its output is mapped back to offsets). Mentions
come from rules: underthesea's `ner()` has no DATE label and misses most organisations in
this domain (it is the benchmark baseline in bench/), and word segmentation of every
sentence would cost more than the rules need. spaCy gets a Doc built from our own tokens,
since its Vietnamese tokenizer needs pyvi.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from extract.model import Mention
from extract.nlp.blocs import BlocMention, find_bloc_mentions
from extract.nlp.dates import DateMention, find_dates
from extract.nlp.gazetteer import ProvinceHit, find_provinces
from extract.nlp.lexicon import lexicon
from extract.nlp.orgs import TOKEN, OrgSpan, find_orgs
from extract.nlp.people import PersonSpan, find_people

Span = tuple[int, int]


@dataclass
class Tagged:
    """An article's text with every mention the fact layer needs."""

    text: str
    sentences: list[Span]
    dates: list[DateMention]
    orgs: list[OrgSpan]
    people: list[PersonSpan]
    provinces: list[ProvinceHit]
    blocs: list[BlocMention]
    counts: list[Mention] = field(default_factory=list)

    def sentence_of(self, pos: int) -> Span:
        """The sentence span containing pos (or the whole text)."""
        for start, end in self.sentences:
            if start <= pos < end:
                return (start, end)
        return (0, len(self.text))

    def mentions(self) -> list[Mention]:
        """All mentions as generic Mention records, in text order."""
        out = [
            Mention("DATE", d.start, d.end, self.text[d.start : d.end], d.value, "rules:dates")
            for d in self.dates
        ]
        out += [
            Mention("ORG", o.start, o.end, self.text[o.start : o.end], o.name, "rules:orgs")
            for o in self.orgs
        ]
        out += [
            Mention("PER", p.start, p.end, p.name, {"name": p.name, "role": p.role}, "rules:people")
            for p in self.people
        ]
        out += [
            Mention("LOC", h.start, h.end, h.surface, h.province.name, "gazetteer:provinces")
            for h in self.provinces
        ]
        out += [
            Mention("BLOC", b.start, b.end, self.text[b.start : b.end], b.name, "rules:blocs")
            for b in self.blocs
        ]
        out += self.counts
        return sorted(out, key=lambda m: (m.start, m.label))


_SPLITTER_FILE = ("pipeline", "sent_tokenize", "__init__.py")
_SENTENCE_END = re.compile(r"[.?!]")


@lru_cache(maxsize=1)
def sentence_splitter() -> Callable[[str], list[str]]:
    """underthesea's `sent_tokenize`, loaded without importing the underthesea package."""
    # `import underthesea` loads its NER, POS and model-download stacks (about 0.3 s of every
    # run); the splitter is one self-contained module, so it is loaded from its own file.
    spec = importlib.util.find_spec("underthesea")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        path = Path(root).joinpath(*_SPLITTER_FILE)
        if not path.is_file():
            continue
        file_spec = importlib.util.spec_from_file_location("_thidua_sent_tokenize", path)
        if file_spec is None or file_spec.loader is None:
            continue
        module = importlib.util.module_from_spec(file_spec)
        file_spec.loader.exec_module(module)
        split = getattr(module, "sent_tokenize", None)
        if callable(split):
            return cast(Callable[[str], list[str]], split)
    from underthesea import sent_tokenize  # another layout: the package import, slow but sure

    return cast(Callable[[str], list[str]], sent_tokenize)


def _paragraph_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of one paragraph, via underthesea, mapped back to offsets."""
    para = text[start:end]
    # underthesea ends sentences only at ".", "?" and "!": a paragraph without any (a
    # headline, a caption, a byline; a third of them) is one sentence, as it would say
    if _SENTENCE_END.search(para):
        sentences = sentence_splitter()(para)
    else:
        sentences = [para.strip()] if para.strip() else []
    spans: list[Span] = []
    cursor = 0
    for sent in sentences:
        found = para.find(sent.strip(), cursor)
        if found < 0:
            # underthesea altered the text: fall back to one span for the rest.
            return [*spans, (start + cursor, end)]
        spans.append((start + found, start + found + len(sent.strip())))
        cursor = found + len(sent.strip())
    return _join_dotted(text, spans) or [(start, end)]


def _join_dotted(text: str, spans: list[Span]) -> list[Span]:
    """Sentences cut after an abbreviated place word ("... là TX. | Tân Châu") joined again."""
    out: list[Span] = []
    for span in spans:
        if out:
            prev = text[out[-1][0] : out[-1][1]]
            word = prev[:-1].rsplit(None, 1)[-1] if prev.endswith(".") and " " in prev else ""
            if word in lexicon().dotted_places:
                out[-1] = (out[-1][0], span[1])
                continue
        out.append(span)
    return out


def split_sentences(text: str) -> list[Span]:
    """Sentence spans over the whole text; a line break always ends a sentence."""
    spans: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            spans.extend(_paragraph_sentences(text, m.start(), m.end()))
    return spans


def find_counts(text: str) -> list[Mention]:
    """COUNT mentions ("02 đơn vị", "7/10 trường") with their integer value."""
    return [
        Mention("COUNT", m.start(), m.end(), m.group(0), int(m.group(1)), "rules:counts")
        for m in lexicon().count_mention.finditer(text)
    ]


def tag(text: str) -> Tagged:
    """Run every tagger over a normalised article text."""
    return Tagged(
        text=text,
        sentences=split_sentences(text),
        dates=find_dates(text),
        orgs=find_orgs(text),
        people=find_people(text),
        provinces=find_provinces(text),
        blocs=find_bloc_mentions(text),
        counts=find_counts(text),
    )


@lru_cache(maxsize=1)
def _nlp() -> Any:
    """A blank Vietnamese spaCy pipeline (our tokens, no pyvi)."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def to_doc(tagged: Tagged) -> Any:
    """A spaCy Doc over our tokens with sentence starts and mentions as spans/entities."""
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    nlp = _nlp()
    tokens = list(TOKEN.finditer(tagged.text))
    words = [m.group(0) for m in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start() > m.end() for i, m in enumerate(tokens)]
    starts = {s for s, _ in tagged.sentences}
    sent_starts: list[bool | int | None] = [
        m.start() in starts or i == 0 for i, m in enumerate(tokens)
    ]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    # Our token texts join with the original spacing, so map char offsets through a table.
    spans = []
    for mention in tagged.mentions():
        span = _char_span(doc, tokens, mention.start, mention.end, mention.label)
        if span is not None:
            spans.append(span)
    doc.spans["mentions"] = spans
    doc.ents = filter_spans(spans)
    return doc


def _char_span(doc: Any, tokens: list[re.Match[str]], start: int, end: int, label: str) -> Any:
    """The Doc span covering raw character offsets [start, end)."""
    first = next((i for i, m in enumerate(tokens) if m.end() > start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start() < end), None)
    if first is None or last is None or last < first:
        return None
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(doc, first, last + 1, label=label)
