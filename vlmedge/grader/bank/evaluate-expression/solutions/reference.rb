# Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
# factor = number | '(' expression ')'.
class Parser
  TOKEN = /\d+|[-+*()]/.freeze

  def initialize(text)
    @tokens = text.scan(TOKEN)
    @position = 0
  end

  def expression
    value = term
    while %w[+ -].include?(peek)
      operator = take
      operand = term
      value = operator == "+" ? value + operand : value - operand
    end
    value
  end

  private

  def peek
    @tokens[@position]
  end

  def take
    token = @tokens[@position]
    @position += 1
    token
  end

  def term
    value = factor
    while peek == "*"
      take
      value *= factor
    end
    value
  end

  def factor
    token = take
    return token.to_i unless token == "("

    value = expression
    take # the closing ")"
    value
  end
end

def main
  puts Parser.new($stdin.read).expression
end

main if __FILE__ == $PROGRAM_NAME
