<?php

declare(strict_types=1);

function encode(string $word): string
{
    $encoded = '';
    $runLetter = $word[0];
    $runLength = 0;
    foreach (str_split($word) as $letter) {
        if ($letter === $runLetter) {
            $runLength++;
        } else {
            $encoded .= $runLetter . $runLength;
            $runLetter = $letter;
            $runLength = 1;
        }
    }
    return $encoded . $runLetter . $runLength;
}

function main(): void
{
    echo encode(trim(stream_get_contents(STDIN))), "\n";
}

main();
