"""What every fact extractor reads: the article, its tags and where its body starts."""

from __future__ import annotations

from dataclasses import dataclass

from extract import rx
from extract.model import Article
from extract.nlp.tagger import Tagged
from extract.text.normalize import lower_keep_offsets

Span = tuple[int, int]
YEAR = rx.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def line_span(text: str, pos: int) -> Span:
    """The line (a paragraph of the normalised text) holding pos."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


@dataclass
class Context:
    """An article with its tags; `body_start` skips a short headline line."""

    article: Article
    tags: Tagged
    body_start: int
    lead_end: int  # end of the lead: title plus the first body sentences
    lower: str = ""  # the text in lower case, same offsets (lower-case rule regexes run on it)

    @property
    def text(self) -> str:
        """The normalised article text."""
        return self.tags.text

    def sentence(self, pos: int) -> Span:
        """Span of the sentence containing pos."""
        return self.tags.sentence_of(pos)

    def years_in(self, start: int, end: int) -> list[int]:
        """Four-digit years written in text[start:end], in order."""
        return [int(y) for y in YEAR.findall(self.text[start:end])]


def build_context(article: Article, tags: Tagged) -> Context:
    """Find the body start (after a headline) and the lead's end."""
    text = tags.text
    first = text[article.title_span[0] : article.title_span[1]]
    # A long first line is the lead paragraph itself, not a headline.
    body_start = 0 if len(first.split()) > 30 else article.title_span[1]
    body_sents = [
        s for s in tags.sentences if s[0] >= body_start and len(text[s[0] : s[1]].split()) > 3
    ]
    lead_end = body_sents[min(2, len(body_sents) - 1)][1] if body_sents else len(text)
    return Context(article, tags, body_start, lead_end, lower_keep_offsets(text))
