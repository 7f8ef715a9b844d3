"""The library: the user's imported documents (SQLite store, schema and migrations, paths), importing,
stored facts."""
