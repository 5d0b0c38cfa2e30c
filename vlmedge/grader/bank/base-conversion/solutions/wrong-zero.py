DIGITS = "0123456789ABCDEF"

n, b = map(int, input().split())
negative = n < 0
n = abs(n)
result = ""
while n > 0:
    result = DIGITS[n % b] + result
    n //= b
if negative:
    result = "-" + result
print(result)
