"""Axelrod's historical tournaments: the published figures and how well we reproduce them."""
