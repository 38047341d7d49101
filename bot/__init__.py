"""Participate bot: one conversation core for Telegram, Discord and the console."""
