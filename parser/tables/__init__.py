"""Stage 4, tables: data tables found in HTML, PDF/Office cells and plain-text layouts."""
