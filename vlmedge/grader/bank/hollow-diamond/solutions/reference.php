<?php

declare(strict_types=1);

/** Row `row` (1-based) of the top half. */
function diamondLine(int $size, int $row): string
{
    $indent = str_repeat(' ', $size - $row);
    if ($row === 1) {
        return $indent . '*';
    }
    return $indent . '*' . str_repeat(' ', 2 * $row - 3) . '*';
}

/** @return list<string> */
function diamond(int $size): array
{
    $top = [];
    for ($row = 1; $row <= $size; $row++) {
        $top[] = diamondLine($size, $row);
    }
    $bottom = array_reverse(array_slice($top, 0, -1));
    return array_merge($top, $bottom);
}

function main(): void
{
    $size = (int) trim(stream_get_contents(STDIN));
    echo implode("\n", diamond($size)), "\n";
}

main();
