<?php

declare(strict_types=1);

/** @return list<int> */
function rotateRight(array $values, int $steps): array
{
    $split = count($values) - $steps % count($values);
    return array_merge(array_slice($values, $split), array_slice($values, 0, $split));
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    [$count, $steps] = $numbers;
    $values = array_slice($numbers, 2, $count);
    echo implode(' ', rotateRight($values, $steps)), "\n";
}

main();
