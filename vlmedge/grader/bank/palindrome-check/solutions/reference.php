<?php

declare(strict_types=1);

function isPalindrome(string $word): bool
{
    $lowered = strtolower($word);
    return $lowered === strrev($lowered);
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    foreach (array_slice($tokens, 1, $count) as $word) {
        echo isPalindrome($word) ? 'YES' : 'NO', "\n";
    }
}

main();
