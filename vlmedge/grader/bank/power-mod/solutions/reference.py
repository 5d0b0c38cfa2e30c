def power_mod(base: int, exponent: int, modulus: int) -> int:
    """Exponentiation by squaring, recursively."""
    if exponent == 0:
        return 1 % modulus
    half = power_mod(base, exponent // 2, modulus)
    result = half * half % modulus
    if exponent % 2 == 1:
        result = result * (base % modulus) % modulus
    return result


def main() -> None:
    base, exponent, modulus = map(int, input().split())
    print(power_mod(base, exponent, modulus))


if __name__ == "__main__":
    main()
