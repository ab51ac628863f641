"""Layer 2: reading inputs and parsing HTML pages into articles.

`inputs.read_article` / `inputs.iter_inputs`: files to `Article`s. `decode.decode_bytes`: bytes
to text, converting legacy TCVN3/VNI text (`legacy`). `parse.parse_html`: a page to title,
text, date and byline, with optional per-site CSS selectors. `dates.page_date_from_text` and
`bylines.byline_from_lines` also work on plain text (used by the fact layer);
`dates.page_date_from_url` reads the date an article URL carries.
"""
