<?php

declare(strict_types=1);

/** Exponentiation by squaring, reducing modulo `modulus` after every multiplication. */
function powerMod(int $base, int $exponent, int $modulus): int
{
    $result = 1 % $modulus;
    $square = $base % $modulus;
    while ($exponent > 0) {
        if ($exponent % 2 === 1) {
            $result = $result * $square % $modulus;
        }
        $square = $square * $square % $modulus;
        $exponent = intdiv($exponent, 2);
    }
    return $result;
}

function main(): void
{
    [$base, $exponent, $modulus] = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
    echo powerMod($base, $exponent, $modulus), "\n";
}

main();
