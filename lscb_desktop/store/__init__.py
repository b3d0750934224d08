"""SQLite storage (sqlite-utils): connection, migrations, one repository per aggregate."""
