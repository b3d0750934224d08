"""Records and rules of committee business. No Qt, no SQL, no file formats."""
