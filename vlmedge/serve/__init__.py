"""The grading service (`vlmedge serve`): the grader behind a REST API and a web page, submissions kept in a
database (SQLite by default, PostgreSQL for several replicas), a model loaded once."""
