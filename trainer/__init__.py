"""rebuild: learn neural networks by rebuilding them from memory."""

__version__ = "0.1.0"
