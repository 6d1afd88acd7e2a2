"""The settings dialog (one dialog, six sections) and what applies its values to the running app."""
