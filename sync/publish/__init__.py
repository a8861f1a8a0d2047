"""The central side: keys, signed TUF metadata, and versions of the library as static files."""
