DIGITS = "0123456789ABCDEF"

n, b = map(int, input().split())
if n == 0:
    print("0")
else:
    result = ""
    while n != 0:
        result = DIGITS[n % b] + result
        n //= b
    print(result)
