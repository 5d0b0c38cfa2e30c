package main

import (
	"bufio"
	"fmt"
	"os"
)

// parser is a recursive descent parser:
//
//	expression = term (('+' | '-') term)*
//	term       = factor ('*' factor)*
//	factor     = number | '(' expression ')'
type parser struct {
	text     string
	position int
}

func (p *parser) peek() byte {
	for p.position < len(p.text) && (p.text[p.position] == ' ' || p.text[p.position] == '\t') {
		p.position++
	}
	if p.position < len(p.text) {
		return p.text[p.position]
	}
	return 0
}

func (p *parser) expression() int64 {
	value := p.term()
	for op := p.peek(); op == '+' || op == '-'; op = p.peek() {
		p.position++
		operand := p.term()
		if op == '+' {
			value += operand
		} else {
			value -= operand
		}
	}
	return value
}

func (p *parser) term() int64 {
	value := p.factor()
	for p.peek() == '*' {
		p.position++
		value *= p.factor()
	}
	return value
}

func (p *parser) factor() int64 {
	if p.peek() == '(' {
		p.position++
		value := p.expression()
		p.peek()
		p.position++ // the closing ')'
		return value
	}
	return p.number()
}

func (p *parser) number() int64 {
	var value int64
	for p.position < len(p.text) && p.text[p.position] >= '0' && p.text[p.position] <= '9' {
		value = value*10 + int64(p.text[p.position]-'0')
		p.position++
	}
	return value
}

func main() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	p := parser{text: line}
	fmt.Println(p.expression())
}
