<?php

declare(strict_types=1);

const LAND = '#';
const WATER = '.';

/** Turn the island containing (row, col) into water, with an explicit stack instead of recursion. */
function sinkIsland(array &$grid, int $row, int $col): void
{
    $rows = count($grid);
    $cols = strlen($grid[0]);
    $stack = [[$row, $col]];
    $grid[$row][$col] = WATER;
    while (count($stack) > 0) {
        [$r, $c] = array_pop($stack);
        foreach ([[$r + 1, $c], [$r - 1, $c], [$r, $c + 1], [$r, $c - 1]] as [$nr, $nc]) {
            if ($nr >= 0 && $nr < $rows && $nc >= 0 && $nc < $cols && $grid[$nr][$nc] === LAND) {
                $grid[$nr][$nc] = WATER;
                $stack[] = [$nr, $nc];
            }
        }
    }
}

function countIslands(array $grid): int
{
    $islands = 0;
    for ($row = 0; $row < count($grid); $row++) {
        for ($col = 0; $col < strlen($grid[$row]); $col++) {
            if ($grid[$row][$col] === LAND) {
                $islands++;
                sinkIsland($grid, $row, $col);
            }
        }
    }
    return $islands;
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $rows = (int) $tokens[0];
    echo countIslands(array_slice($tokens, 2, $rows)), "\n";
}

main();
