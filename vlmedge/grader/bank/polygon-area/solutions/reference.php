<?php

declare(strict_types=1);

/** Shoelace formula on exact 64-bit integers; only the final halving makes a float. */
function polygonArea(array $points): float
{
    $twiceSignedArea = 0;
    $count = count($points);
    foreach ($points as $index => [$x1, $y1]) {
        [$x2, $y2] = $points[($index + 1) % $count];
        $twiceSignedArea += $x1 * $y2 - $x2 * $y1;
    }
    return abs($twiceSignedArea) / 2;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $count = $numbers[0];
    $points = array_chunk(array_slice($numbers, 1, 2 * $count), 2);
    printf("%.6f\n", polygonArea($points));
}

main();
