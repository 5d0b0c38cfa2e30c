<?php

declare(strict_types=1);

/**
 * Sieve of Eratosthenes over 0..limit. A string of '1'/'0' flags takes one byte per number, where an array of
 * ten million booleans would not fit in the memory limit.
 */
function countPrimes(int $limit): int
{
    if ($limit < 2) {
        return 0;
    }
    $isPrime = str_repeat('1', $limit + 1);
    $isPrime[0] = '0';
    $isPrime[1] = '0';
    for ($factor = 2; $factor * $factor <= $limit; $factor++) {
        if ($isPrime[$factor] === '1') {
            for ($multiple = $factor * $factor; $multiple <= $limit; $multiple += $factor) {
                $isPrime[$multiple] = '0';
            }
        }
    }
    return substr_count($isPrime, '1');
}

function main(): void
{
    echo countPrimes((int) trim(stream_get_contents(STDIN))), "\n";
}

main();
