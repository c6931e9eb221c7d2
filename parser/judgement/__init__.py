"""Stage 5, judgement: grounds cited and relied on, NCND, outcome, and the merge of a multi-document response."""
