def is_balanced(s):
    return s.count("(") == s.count(")") and s.count("[") == s.count("]") and s.count("{") == s.count("}")


n = int(input())
for _ in range(n):
    print("YES" if is_balanced(input().strip()) else "NO")
