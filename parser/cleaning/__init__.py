"""Stage 2, cleaning: page chrome (navigation, footers, markings) removed so body_text is the response alone."""
