<?php

declare(strict_types=1);

/** Kadane's algorithm: the best sum of a subarray ending at each position. */
function maxSubarray(array $nums): int
{
    $best = $nums[0];
    $current = $nums[0];
    for ($i = 1; $i < count($nums); $i++) {
        $current = max($nums[$i], $current + $nums[$i]);
        $best = max($best, $current);
    }
    return $best;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $count = $numbers[0];
    echo maxSubarray(array_slice($numbers, 1, $count)), "\n";
}

main();
