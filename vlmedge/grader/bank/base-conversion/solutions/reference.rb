DIGITS = "0123456789ABCDEF"

def to_base(number, base)
  return "0" if number.zero?

  sign = number.negative? ? "-" : ""
  remaining = number.abs
  digits = []
  while remaining.positive?
    remaining, remainder = remaining.divmod(base)
    digits << DIGITS[remainder]
  end
  sign + digits.reverse.join
end

def main
  number, base = $stdin.read.split.map(&:to_i)
  puts to_base(number, base)
end

main if __FILE__ == $PROGRAM_NAME
