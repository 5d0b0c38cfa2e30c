<?php

declare(strict_types=1);

/**
 * Each value is either taken or skipped; values are sorted so every subset comes out increasing.
 *
 * @param list<int> $sorted
 * @param list<int> $chosen
 * @param list<list<int>> $found
 */
function search(array $sorted, int $index, int $remaining, array &$chosen, array &$found): void
{
    if ($remaining === 0) {
        $found[] = $chosen;
        return;
    }
    if ($index === count($sorted) || $sorted[$index] > $remaining) {
        return;
    }
    $chosen[] = $sorted[$index];
    search($sorted, $index + 1, $remaining - $sorted[$index], $chosen, $found);
    array_pop($chosen);
    search($sorted, $index + 1, $remaining, $chosen, $found);
}

/** @return list<list<int>> */
function subsetsWithSum(array $values, int $target): array
{
    sort($values);
    $chosen = [];
    $found = [];
    search($values, 0, $target, $chosen, $found);
    return $found;
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    [$count, $target] = $numbers;
    $subsets = subsetsWithSum(array_slice($numbers, 2, $count), $target);
    if (count($subsets) === 0) {
        echo "NONE\n";
        return;
    }
    foreach ($subsets as $subset) {
        echo implode(' ', $subset), "\n";
    }
}

main();
