<?php

declare(strict_types=1);

/** Largest count first; equal counts alphabetically by character codes. */
function compareEntries(array $a, array $b): int
{
    if ($a['count'] !== $b['count']) {
        return $b['count'] <=> $a['count'];
    }
    return strcmp($a['word'], $b['word']);
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    $entries = [];
    foreach (array_count_values(array_slice($tokens, 1, $count)) as $word => $times) {
        $entries[] = ['word' => (string) $word, 'count' => $times];
    }
    usort($entries, 'compareEntries');
    foreach ($entries as $entry) {
        echo $entry['word'], ' ', $entry['count'], "\n";
    }
}

main();
