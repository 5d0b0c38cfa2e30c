def power_mod(base, exponent, modulus):
    if exponent == 0:
        return 1
    half = power_mod(base, exponent // 2, modulus)
    if exponent % 2 == 0:
        return half * half % modulus
    return half * half * base % modulus


if __name__ == "__main__":
    a, b, m = map(int, input().split())
    print(power_mod(a, b, m))
