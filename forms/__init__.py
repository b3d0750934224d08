"""Qt Designer forms shipped with the application."""
