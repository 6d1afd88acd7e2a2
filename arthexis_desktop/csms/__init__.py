"""csms layer."""
