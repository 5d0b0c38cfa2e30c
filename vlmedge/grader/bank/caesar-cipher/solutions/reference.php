<?php

declare(strict_types=1);

const ALPHABET_SIZE = 26;

function shiftLetter(string $letter, string $base, int $shift): string
{
    return chr(ord($base) + (ord($letter) - ord($base) + $shift) % ALPHABET_SIZE);
}

function encrypt(string $text, int $shift): string
{
    // PHP's % keeps the sign of the dividend: bring the shift into 0..25 first.
    $normalized = (($shift % ALPHABET_SIZE) + ALPHABET_SIZE) % ALPHABET_SIZE;
    $result = '';
    foreach (str_split($text) as $ch) {
        if ($ch >= 'a' && $ch <= 'z') {
            $result .= shiftLetter($ch, 'a', $normalized);
        } elseif ($ch >= 'A' && $ch <= 'Z') {
            $result .= shiftLetter($ch, 'A', $normalized);
        } else {
            $result .= $ch;
        }
    }
    return $result;
}

function main(): void
{
    $shift = (int) trim((string) fgets(STDIN));
    $line = fgets(STDIN);
    $text = $line === false ? '' : rtrim($line, "\r\n");
    echo encrypt($text, $shift), "\n";
}

main();
