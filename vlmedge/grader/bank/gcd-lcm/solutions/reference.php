<?php

declare(strict_types=1);

/** Euclid's algorithm. */
function gcd(int $a, int $b): int
{
    while ($b !== 0) {
        [$a, $b] = [$b, $a % $b];
    }
    return $a;
}

/** Divide before multiplying, so the intermediate value never exceeds the result. */
function lcm(int $a, int $b): int
{
    return intdiv($a, gcd($a, $b)) * $b;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $values = array_slice($numbers, 1, $numbers[0]);
    $commonDivisor = $values[0];
    $commonMultiple = $values[0];
    foreach (array_slice($values, 1) as $value) {
        $commonDivisor = gcd($commonDivisor, $value);
        $commonMultiple = lcm($commonMultiple, $value);
    }
    echo $commonDivisor, ' ', $commonMultiple, "\n";
}

main();
