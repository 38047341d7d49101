"""Adapters: one file per platform, translating platform events to and from the core."""
