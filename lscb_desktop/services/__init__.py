"""Use cases, one function each. The CLI and the UI both call these; no Qt here."""
