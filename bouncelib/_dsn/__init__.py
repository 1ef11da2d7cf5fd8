"""Bounce emails: the message loader, the per-format detectors and the report builder."""
