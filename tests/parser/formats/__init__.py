"""Tests for parser/formats."""
