<?php

declare(strict_types=1);

/** @return list<int> */
function mergeSorted(array $first, array $second): array
{
    $merged = [];
    $i = 0;
    $j = 0;
    while ($i < count($first) && $j < count($second)) {
        if ($first[$i] <= $second[$j]) {
            $merged[] = $first[$i++];
        } else {
            $merged[] = $second[$j++];
        }
    }
    return array_merge($merged, array_slice($first, $i), array_slice($second, $j));
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $n = $numbers[0];
    $first = array_slice($numbers, 1, $n);
    $m = $numbers[1 + $n];
    $second = array_slice($numbers, 2 + $n, $m);
    echo implode(' ', mergeSorted($first, $second)), "\n";
}

main();
