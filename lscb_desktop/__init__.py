"""LSCB Desktop: committee papers for English local government."""
