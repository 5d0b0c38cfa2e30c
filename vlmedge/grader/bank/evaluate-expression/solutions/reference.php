<?php

declare(strict_types=1);

/**
 * Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
 * factor = number | '(' expression ')'.
 */
final class Parser
{
    /** @var list<string> */
    private array $tokens;
    private int $position = 0;

    public function __construct(string $text)
    {
        preg_match_all('/\d+|[-+*()]/', $text, $matches);
        $this->tokens = $matches[0];
    }

    public function expression(): int
    {
        $value = $this->term();
        while ($this->peek() === '+' || $this->peek() === '-') {
            $operator = $this->take();
            $operand = $this->term();
            $value = $operator === '+' ? $value + $operand : $value - $operand;
        }
        return $value;
    }

    private function peek(): ?string
    {
        return $this->tokens[$this->position] ?? null;
    }

    private function take(): string
    {
        return $this->tokens[$this->position++];
    }

    private function term(): int
    {
        $value = $this->factor();
        while ($this->peek() === '*') {
            $this->take();
            $value *= $this->factor();
        }
        return $value;
    }

    private function factor(): int
    {
        $token = $this->take();
        if ($token === '(') {
            $value = $this->expression();
            $this->take(); // the closing ")"
            return $value;
        }
        return (int) $token;
    }
}

function main(): void
{
    echo (new Parser(stream_get_contents(STDIN)))->expression(), "\n";
}

main();
