<?php

declare(strict_types=1);

/**
 * Scan j from left to right, remembering the first position of every value seen so far.
 *
 * @return array{int, int}
 */
function findPair(array $values, int $target): array
{
    $firstPosition = [];
    foreach ($values as $j => $value) {
        $wanted = $target - $value;
        if (isset($firstPosition[$wanted])) {
            return [$firstPosition[$wanted], $j];
        }
        if (!isset($firstPosition[$value])) {
            $firstPosition[$value] = $j;
        }
    }
    return [-1, -1];
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    [$count, $target] = $numbers;
    echo implode(' ', findPair(array_slice($numbers, 2, $count), $target)), "\n";
}

main();
