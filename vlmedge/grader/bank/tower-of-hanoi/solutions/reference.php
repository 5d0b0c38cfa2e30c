<?php

declare(strict_types=1);

/** @param list<array{int, int}> $moves */
function hanoi(int $disks, int $source, int $target, int $spare, array &$moves): void
{
    if ($disks === 0) {
        return;
    }
    hanoi($disks - 1, $source, $spare, $target, $moves);
    $moves[] = [$source, $target];
    hanoi($disks - 1, $spare, $target, $source, $moves);
}

function main(): void
{
    $moves = [];
    hanoi((int) trim(stream_get_contents(STDIN)), 1, 3, 2, $moves);
    echo count($moves), "\n";
    foreach ($moves as [$from, $to]) {
        echo $from, ' ', $to, "\n";
    }
}

main();
