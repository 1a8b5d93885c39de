"""Blueprint types: how the viewer lays out and shows data (generated sub-packages)."""
