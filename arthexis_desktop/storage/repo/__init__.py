"""Jobs that run on the worker thread: plain functions of a Session returning core values."""
