<?php

declare(strict_types=1);

/** The largest distinct value below the maximum, or null when there is none. */
function secondLargest(array $values): ?int
{
    $distinct = array_values(array_unique($values));
    if (count($distinct) < 2) {
        return null;
    }
    rsort($distinct);
    return $distinct[1];
}

function main(): void
{
    $numbers = array_map('intval', preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY));
    $count = $numbers[0];
    $answer = secondLargest(array_slice($numbers, 1, $count));
    echo $answer === null ? 'NONE' : $answer, "\n";
}

main();
