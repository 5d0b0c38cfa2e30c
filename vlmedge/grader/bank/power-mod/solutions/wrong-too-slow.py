def power_mod(base, exponent, modulus):
    result = 1
    for _ in range(exponent):
        result = result * base % modulus
    return result % modulus


if __name__ == "__main__":
    a, b, m = map(int, input().split())
    print(power_mod(a, b, m))
