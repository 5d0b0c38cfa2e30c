<?php

declare(strict_types=1);

const CLOSER_TO_OPENER = [')' => '(', ']' => '[', '}' => '{'];

function isBalanced(string $brackets): bool
{
    $stack = [];
    foreach (str_split($brackets) as $bracket) {
        if (isset(CLOSER_TO_OPENER[$bracket])) {
            if (count($stack) === 0 || array_pop($stack) !== CLOSER_TO_OPENER[$bracket]) {
                return false;
            }
        } else {
            $stack[] = $bracket;
        }
    }
    return count($stack) === 0;
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    foreach (array_slice($tokens, 1, $count) as $brackets) {
        echo isBalanced($brackets) ? 'YES' : 'NO', "\n";
    }
}

main();
