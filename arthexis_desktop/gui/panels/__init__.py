"""Docked panels. Each panel lives in its own module and is known to the window only through
``registry``; panels never import each other."""
