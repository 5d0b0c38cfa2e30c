<?php

declare(strict_types=1);

function median(array $values): float
{
    sort($values);
    $middle = intdiv(count($values), 2);
    if (count($values) % 2 === 1) {
        return (float) $values[$middle];
    }
    return ($values[$middle - 1] + $values[$middle]) / 2;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $count = $numbers[0];
    printf("%.6f\n", median(array_slice($numbers, 1, $count)));
}

main();
