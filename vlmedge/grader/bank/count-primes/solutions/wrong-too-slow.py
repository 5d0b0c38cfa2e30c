def is_prime(x):
    if x < 2:
        return False
    for d in range(2, x):
        if x % d == 0:
            return False
    return True


n = int(input())
count = 0
for candidate in range(2, n + 1):
    if is_prime(candidate):
        count += 1
print(count)
