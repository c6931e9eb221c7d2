"""Tests for parser/tables."""
