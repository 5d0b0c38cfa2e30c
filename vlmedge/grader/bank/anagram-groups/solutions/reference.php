<?php

declare(strict_types=1);

function anagramKey(string $word): string
{
    $letters = str_split($word);
    sort($letters, SORT_STRING);
    return implode('', $letters);
}

/** @return list<list<string>> */
function groupAnagrams(array $words): array
{
    $groups = [];
    foreach ($words as $word) {
        $groups[anagramKey($word)][] = $word;
    }
    $sortedGroups = [];
    foreach ($groups as $group) {
        sort($group, SORT_STRING);
        $sortedGroups[] = $group;
    }
    usort($sortedGroups, fn(array $a, array $b): int => strcmp($a[0], $b[0]));
    return $sortedGroups;
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    $groups = groupAnagrams(array_slice($tokens, 1, $count));
    echo count($groups), "\n";
    foreach ($groups as $group) {
        echo count($group), ' ', implode(' ', $group), "\n";
    }
}

main();
