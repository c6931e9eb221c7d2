"""Stage 1, formats: bytes in any supported format (HTML, text, PDF, Office) decoded and read into a Page."""
