"""Backups: `manage.py backup` writes the database and uploaded media to one archive, `manage.py restore`
puts them back. Depends on no other app of the publication."""
