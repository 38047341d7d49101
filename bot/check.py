"""`python -m bot check`: placeholder replaced below."""
