<?php

declare(strict_types=1);

/** F(90) < 2^63, so PHP's 64-bit integers hold every answer exactly. */
function fibonacci(int $n): int
{
    $previous = 0;
    $current = 1;
    for ($i = 0; $i < $n; $i++) {
        [$previous, $current] = [$current, $previous + $current];
    }
    return $previous;
}

function main(): void
{
    echo fibonacci((int) trim(stream_get_contents(STDIN))), "\n";
}

main();
