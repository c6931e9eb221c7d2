"""Building blocks of the sample-site generator (data/generate.py)."""
