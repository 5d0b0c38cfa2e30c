<?php

declare(strict_types=1);

/** @return list<int> */
function spiral(array $matrix): array
{
    $order = [];
    $top = 0;
    $bottom = count($matrix) - 1;
    $left = 0;
    $right = count($matrix[0]) - 1;
    while ($top <= $bottom && $left <= $right) {
        for ($col = $left; $col <= $right; $col++) {
            $order[] = $matrix[$top][$col];
        }
        for ($row = $top + 1; $row <= $bottom; $row++) {
            $order[] = $matrix[$row][$right];
        }
        if ($top < $bottom) {
            for ($col = $right - 1; $col >= $left; $col--) {
                $order[] = $matrix[$bottom][$col];
            }
        }
        if ($left < $right) {
            for ($row = $bottom - 1; $row > $top; $row--) {
                $order[] = $matrix[$row][$left];
            }
        }
        $top++;
        $bottom--;
        $left++;
        $right--;
    }
    return $order;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    [$rows, $cols] = $numbers;
    $matrix = array_chunk(array_slice($numbers, 2, $rows * $cols), $cols);
    echo implode(' ', spiral($matrix)), "\n";
}

main();
