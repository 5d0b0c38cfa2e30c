<?php

declare(strict_types=1);

const SYMBOL_VALUES = ['I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000];

function romanToInt(string $numeral): int
{
    $total = 0;
    $length = strlen($numeral);
    for ($position = 0; $position < $length; $position++) {
        $value = SYMBOL_VALUES[$numeral[$position]];
        $nextValue = $position + 1 < $length ? SYMBOL_VALUES[$numeral[$position + 1]] : 0;
        $total += $value < $nextValue ? -$value : $value;
    }
    return $total;
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    foreach (array_slice($tokens, 1, $count) as $numeral) {
        echo romanToInt($numeral), "\n";
    }
}

main();
