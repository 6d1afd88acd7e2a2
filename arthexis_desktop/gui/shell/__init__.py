"""The window shell around the panels: layouts, error reports, the About box."""
