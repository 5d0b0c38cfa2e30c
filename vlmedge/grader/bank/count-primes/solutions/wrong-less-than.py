n = int(input())
is_prime = [True] * (n + 1)
count = 0
for i in range(2, n):
    if is_prime[i]:
        count += 1
        for multiple in range(i * i, n + 1, i):
            is_prime[multiple] = False
print(count)
