"""Documents: compose once into a small document model, render to DOCX and PDF. No Qt."""
