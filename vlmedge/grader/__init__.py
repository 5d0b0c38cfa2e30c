"""The grader: a screenshot of code (or the code) read by any runtime, run against a problem's tests in a sandbox,
and scored with feedback (`grade()` in vlmedge/grader/grade.py; `vlmedge grade` on the command line)."""
