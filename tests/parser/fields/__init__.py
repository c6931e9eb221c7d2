"""Tests for parser/fields."""
