<?php

declare(strict_types=1);

/** @return list<array{int, int}> */
function mergeIntervals(array $intervals): array
{
    usort($intervals, fn(array $a, array $b): int => [$a[0], $a[1]] <=> [$b[0], $b[1]]);
    $merged = [];
    foreach ($intervals as [$start, $end]) {
        $last = count($merged) - 1;
        if ($last >= 0 && $start <= $merged[$last][1]) {
            $merged[$last][1] = max($merged[$last][1], $end);
        } else {
            $merged[] = [$start, $end];
        }
    }
    return $merged;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $count = $numbers[0];
    $intervals = array_chunk(array_slice($numbers, 1, 2 * $count), 2);
    $merged = mergeIntervals($intervals);
    echo count($merged), "\n";
    foreach ($merged as [$start, $end]) {
        echo $start, ' ', $end, "\n";
    }
}

main();
