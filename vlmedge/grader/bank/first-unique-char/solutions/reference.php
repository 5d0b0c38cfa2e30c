<?php

declare(strict_types=1);

function firstUniqueIndex(string $word): int
{
    $counts = count_chars($word, 1);
    for ($index = 0; $index < strlen($word); $index++) {
        if ($counts[ord($word[$index])] === 1) {
            return $index;
        }
    }
    return -1;
}

function main(): void
{
    echo firstUniqueIndex(trim(stream_get_contents(STDIN))), "\n";
}

main();
