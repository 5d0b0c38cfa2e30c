<?php

declare(strict_types=1);

/** Highest score first; equal scores by name. */
function compareStudents(array $a, array $b): int
{
    if ($a['score'] !== $b['score']) {
        return $b['score'] <=> $a['score'];
    }
    return strcmp($a['name'], $b['name']);
}

/**
 * Each student's rank is 1 plus the number of students with a strictly higher score.
 *
 * @return list<string>
 */
function rankingLines(array $students): array
{
    usort($students, 'compareStudents');
    $lines = [];
    $rank = 0;
    foreach ($students as $position => $student) {
        if ($position === 0 || $student['score'] !== $students[$position - 1]['score']) {
            $rank = $position + 1;
        }
        $lines[] = "{$rank} {$student['name']} {$student['score']}";
    }
    return $lines;
}

function main(): void
{
    $tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
    $count = (int) $tokens[0];
    $students = [];
    for ($i = 0; $i < $count; $i++) {
        $students[] = ['name' => $tokens[1 + 2 * $i], 'score' => (int) $tokens[2 + 2 * $i]];
    }
    echo implode("\n", rankingLines($students)), "\n";
}

main();
