"""C++ (g++ 12, GNU C++17, -O2)."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.c import CExecutor


@register
class CppExecutor(CExecutor):
    name = "cpp"
    source_file = "main.cpp"
    tools = ("g++",)
    debian_packages = ("g++",)
    compiler = ("g++", "-O2", "-std=gnu++17", "-Wall", "-o", "main", "main.cpp")
