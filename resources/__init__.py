"""Data files shipped with the application: fonts, demo data, schemas, templates."""
