def count_primes(limit: int) -> int:
    """Sieve of Eratosthenes over 0..limit."""
    if limit < 2:
        return 0
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    factor = 2
    while factor * factor <= limit:
        if is_prime[factor]:
            is_prime[factor * factor::factor] = bytes(len(range(factor * factor, limit + 1, factor)))
        factor += 1
    return sum(is_prime)


def main() -> None:
    print(count_primes(int(input())))


if __name__ == "__main__":
    main()
