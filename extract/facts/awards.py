"""Award groups in the bloc's context: kind, issuer, count, status, year, recipients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.facts.context import Context
from extract.model import Award, Event
from extract.nlp.lexicon import WORD, alternation, expand, lexicon

NUMBER = re.compile(
    r"(?<![\d/.,-])(\d{1,3})(?:/\d{1,3})?\s+(?:đơn vị|tập thể|cá nhân|trường|hội|Hội|sở|tổ chức|"
    r"cơ quan|Đảng bộ|doanh nghiệp|huyện|xã|ngân hàng|chi nhánh)(?!\w)"
)


@dataclass(frozen=True)
class KindHit:
    """An award phrase in the text."""

    award: str
    start: int
    end: int
    needs_trigger: bool


@lru_cache(maxsize=1)
def _cfg() -> dict[str, Any]:
    """Compiled award rules."""
    a = lexicon().awards
    status = {
        k: re.compile(rf"(?<!{WORD})(?:{alternation(v)})(?!{WORD})") for k, v in a["status"].items()
    }
    return {
        "kinds": [  # rule regexes may use {UPPER}
            (re.compile(expand(k["regex"])), k["award"], bool(k.get("needs_trigger")))
            for k in a["kinds"]
        ],
        "issuers": [(re.compile(expand(i["regex"])), i["issuer"]) for i in a["issuers"]],
        "status": status,
        "generic": re.compile(rf"(?<!{WORD})(?:{alternation(a['generic_before'])})\s+$"),
        "words": a["number_words"],
        "word_count": re.compile(
            rf"(?<!{WORD})({alternation(list(a['number_words']))})\s+(?:đơn vị|tập thể|hội|sở|"
            r"trường|cơ quan|doanh nghiệp|cá nhân|huyện)(?!\w)"
        ),
    }


def find_kinds(text: str, start: int = 0) -> list[KindHit]:
    """Award phrases, non-overlapping, in text order."""
    hits: list[KindHit] = []
    for pattern, award, needs in _cfg()["kinds"]:
        for m in pattern.finditer(text, start):
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            if _cfg()["generic"].search(text[max(0, m.start() - 8) : m.start()]):
                continue
            hits.append(KindHit(award, m.start(), m.end(), needs))
    return sorted(hits, key=lambda h: h.start)


def _status(ctx: Context, sent_start: int, hit: KindHit, sent_end: int) -> str | None:
    """proposed > registered > conferred, read before the award in its sentence.

    A ";"-clause that says "đăng ký" or "đề nghị" itself decides; a clause with only
    "được nhận" inherits the sentence's "đề nghị" ("đề nghị A được nhận X; 02 đơn vị được nhận Y").
    """
    st = _cfg()["status"]
    semi = ctx.text.rfind(";", sent_start, hit.start)
    if semi >= 0:
        clause = ctx.text[semi : hit.start]
        if st["proposed"].search(clause):
            return "proposed"
        if st["registered"].search(clause):
            return "registered"
    before = ctx.text[sent_start : hit.start]
    if st["proposed"].search(before):
        return "proposed"
    if st["registered"].search(before):
        return "registered"
    window = before[-60:] if hit.needs_trigger else before
    if st["conferred"].search(window):
        return "conferred"
    if not hit.needs_trigger and st["conferred"].search(
        ctx.text[hit.end : min(sent_end, hit.end + 40)]
    ):
        return "conferred"
    return None


def _issuers(text: str) -> list[tuple[str, int]]:
    """Issuer classes named in a piece of text, with their positions."""
    found: list[tuple[str, int, int]] = []
    for pattern, issuer in _cfg()["issuers"]:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for _, s, e in found):
                continue
            found.append((issuer, m.start(), m.end()))
    return [(i, s) for i, s, _ in sorted(found, key=lambda x: x[1])]


def _recipients(ctx: Context, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Organisations named as recipients in [start, end)."""
    return [(o.name, (o.start, o.end)) for o in ctx.tags.orgs if start <= o.start and o.end <= end]


def read_awards(ctx: Context, event: Event) -> list[Award]:
    """Award groups from the body (and a title naming one), following ANNOTATION.md."""
    text = ctx.text
    awards: list[Award] = []
    year_default = _default_year(event)
    kinds = find_kinds(text)
    last_issuer: dict[int, str | None] = {}
    for i, hit in enumerate(kinds):
        s_start, s_end = ctx.sentence(hit.start)
        status = _status(ctx, s_start, hit, s_end)
        if status is None:
            continue
        prev_end = max([k.end for k in kinds[:i] if k.start >= s_start] + [s_start])
        semi = text.rfind(";", prev_end, hit.start)
        clause_start = semi + 1 if semi >= 0 else prev_end
        nxt = next((k.start for k in kinds[i + 1 :] if k.start < s_end), s_end)
        semi_after = text.find(";", hit.end, nxt)
        clause_end = semi_after if semi_after >= 0 else nxt
        issuers = _issuer_classes(text, clause_start, hit, clause_end)
        if not issuers:
            inherited = last_issuer.get(s_start)
            issuers = (
                [inherited] if inherited and hit.award in {"bang_khen", "co_thi_dua"} else [None]
            )
        last_issuer[s_start] = issuers[-1]
        count, recipients, spans = _count_and_recipients(ctx, clause_start, hit, clause_end)
        if hit.award == "danh_hieu" and hit.needs_trigger and count is None and not recipients:
            continue
        later = [k for k in kinds[i + 1 :] if k.start < s_end and not k.needs_trigger]
        if (
            hit.award == "danh_hieu"
            and hit.needs_trigger
            and "dẫn" in text[hit.start : hit.end]
            and later
        ):
            continue  # "suy tôn X là đơn vị dẫn đầu, đề nghị ... tặng Cờ thi đua": one award
        year = _award_year(text, hit, clause_end) or year_default
        for issuer in issuers:
            n = count if count is not None else (len(recipients) or None)
            awards.append(
                Award(hit.award, issuer, n, status, year, recipients, (hit.start, hit.end), spans)
            )
    return _dedupe(awards, ctx)


def _issuer_classes(
    text: str, clause_start: int, hit: KindHit, clause_end: int
) -> list[str | None]:
    """Issuers after the award ("của UBND tỉnh"), else before it ("đề nghị Thủ tướng ... tặng")."""
    after = text[hit.end : clause_end]
    m = re.match(r"\s*(?:của|do)\s+", after)
    if m:
        found = _issuers(after[m.end() : m.end() + 70])
        if found:
            return [found[0][0]]
    before = text[clause_start : hit.start]
    verb = None
    for v in re.finditer(r"(?:tặng|trao|nhận|khen thưởng)", before):
        verb = v
    if verb is not None:
        window = before[max(0, verb.start() - 70) : verb.start()]
        found = _issuers(window)
        if found:
            # "đề nghị Thủ tướng Chính phủ, UBND tỉnh tặng": one group per issuer named together.
            tail = [c for c, pos in found if pos >= window.rfind("đề nghị")] or [found[-1][0]]
            unique: list[str | None] = list(dict.fromkeys(tail))
            return unique
    return []


def _count_and_recipients(
    ctx: Context, clause_start: int, hit: KindHit, clause_end: int
) -> tuple[int | None, list[str], list[tuple[int, int]]]:
    """The group's count ("02 đơn vị") and named recipients ("cho Sở Y tế")."""
    text = ctx.text
    before = text[clause_start : hit.start]
    after = text[hit.end : clause_end]
    count = None
    inside = re.match(r"(\d{1,3})\s", text[hit.start : hit.end])
    near = before[-30:] if hit.needs_trigger else before
    nums = list(NUMBER.finditer(near))
    cho = re.search(r"\bcho\s+", after)
    after_cho = NUMBER.match(text, hit.end + cho.end()) if cho else None
    words = list(_cfg()["word_count"].finditer(near))
    if inside:
        count = int(inside.group(1))
    elif after_cho:
        count = int(after_cho.group(1))  # "tặng Bằng khen cho 03 đơn vị"
    elif nums and not cho:
        count = int(nums[-1].group(1))
    elif words and not cho:
        count = _cfg()["words"][words[-1].group(1)]  # "hai hội đăng ký Cờ thi đua"
    names = _named_recipients(ctx, clause_start, hit, clause_end)
    recipients = [n for n, _ in names]
    return count, recipients, [s for _, s in names]


PASSIVE = re.compile(r"\s+được\s+(?:đề nghị\s+)?(?:nhận|tặng|trao|suy tôn|công nhận|tôn vinh)")


SUBJECT = re.compile(
    r"\s+(?:vinh dự\s+)?(?:đăng ký|được đề nghị|đề nghị (?:nhận|được nhận)|đón nhận|"
    r"được nhận|được tặng|nhận)\s+$"
)
# "suy tôn X dẫn đầu cụm, đề nghị UBND tỉnh tặng Cờ thi đua": X is the recipient.
CHOSEN = re.compile(r"(?:suy tôn|bình chọn|bầu chọn|bình xét)\s+$")


def _not_issuer(name: str) -> bool:
    """True unless the organisation is an award issuer ("Hội Nhà báo Việt Nam")."""
    return not any(p.fullmatch(name) or p.match(name) for p, _ in _cfg()["issuers"])


def _named_recipients(
    ctx: Context, clause_start: int, hit: KindHit, clause_end: int
) -> list[tuple[str, tuple[int, int]]]:
    """Recipients: "cho A, B", "A được nhận", "là: A, B", or "A là <danh hiệu>"."""
    text = ctx.text
    before = text[clause_start : hit.start]
    found: list[tuple[str, tuple[int, int]]] = []
    cho = re.search(r"\bcho\s+", text[hit.end : clause_end])
    passive = list(PASSIVE.finditer(text, ctx.sentence(hit.start)[0], hit.start))
    listed = re.search(r"(?:là|gồm)\s*:\s*", before)
    copula = re.search(r"\s+là\s+$", before)
    subject = SUBJECT.search(before)
    if cho:
        return _recipients(ctx, hit.end + cho.end(), clause_end)  # named by syntax, even a Bộ
    elif subject and not NUMBER.search(before):
        # "Sở Y tế đăng ký Cờ thi đua của Chính phủ": the organisation before the verb
        return _recipients(ctx, clause_start, clause_start + subject.start() + 1)[-1:]
    elif passive:
        # "Thanh tra tỉnh được nhận Cờ thi đua": the organisation right before "được"
        found = _recipients(ctx, ctx.sentence(hit.start)[0], passive[-1].start() + 1)[-1:]
    elif listed:
        found = _recipients(ctx, clause_start + listed.end(), hit.start)
    elif copula:
        # "bầu chọn Trường ĐH Nha Trang là đơn vị xuất sắc nhất"
        found = _recipients(ctx, clause_start, hit.start - len(copula.group(0)) + 1)[-1:]
    found = [(n, s) for n, s in found if _not_issuer(n)]
    if not found and not NUMBER.search(before):
        s_start = ctx.sentence(hit.start)[0]
        for org in ctx.tags.orgs:
            if s_start <= org.start < hit.start and CHOSEN.search(text[s_start : org.start]):
                return [(org.name, (org.start, org.end))]
    return found


def _award_year(text: str, hit: KindHit, clause_end: int) -> int | None:
    """A year written with the award ("cơ quan văn hóa cấp tỉnh năm 2012")."""
    m = re.search(r"năm\s+((?:19|20)\d{2})", text[hit.end : min(clause_end, hit.end + 40)])
    return int(m.group(1)) if m else None


def _default_year(event: Event) -> int | None:
    """The year the awards are for: the reviewed year."""
    period = event.period or ""
    if re.fullmatch(r"\d{4}(?:-H1|-9M)?", period):
        return int(period[:4])
    return None


def _dedupe(awards: list[Award], ctx: Context) -> list[Award]:
    """Drop a title's award when the body states the same group."""
    body = [a for a in awards if a.span[0] >= ctx.body_start]
    title = [a for a in awards if a.span[0] < ctx.body_start]
    keys = {(a.award, a.issuer, a.status) for a in body}
    return body + [a for a in title if (a.award, a.issuer, a.status) not in keys]
