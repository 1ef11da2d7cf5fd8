"""Typed tables (phrases, providers, blocklists, status codes), each row with its source."""
