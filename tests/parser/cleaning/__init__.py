"""Tests for parser/cleaning."""
