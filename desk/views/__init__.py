"""Qt widgets and item models of Desk. They show what the services return and call them through
the one ``Runner``; no query is built here."""
