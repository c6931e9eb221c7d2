"""Tests for parser/judgement."""
