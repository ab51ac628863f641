"""Layer 2: reading inputs and parsing HTML pages into articles.

`inputs.read_article` / `inputs.iter_inputs`: files to `Article`s. `decode.decode_bytes`: bytes
to text. `parse.parse_html`: a page to title, text, date and byline. `dates.page_date_from_text`
and `bylines.byline_from_lines` also work on plain text (used by the fact layer).
"""
