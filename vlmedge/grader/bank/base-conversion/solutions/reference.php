<?php

declare(strict_types=1);

const DIGITS = '0123456789ABCDEF';

function toBase(int $number, int $base): string
{
    if ($number === 0) {
        return '0';
    }
    $sign = $number < 0 ? '-' : '';
    $remaining = abs($number);
    $digits = '';
    while ($remaining > 0) {
        $digits = DIGITS[$remaining % $base] . $digits;
        $remaining = intdiv($remaining, $base);
    }
    return $sign . $digits;
}

function main(): void
{
    [$number, $base] = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
    echo toBase($number, $base), "\n";
}

main();
