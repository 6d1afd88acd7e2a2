"""Composition root: options -> object graph -> running loop."""
