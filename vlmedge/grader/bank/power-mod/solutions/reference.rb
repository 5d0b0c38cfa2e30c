# Exponentiation by squaring, reducing modulo `modulus` after every multiplication.
def power_mod(base, exponent, modulus)
  result = 1 % modulus
  square = base % modulus
  while exponent.positive?
    result = result * square % modulus if exponent.odd?
    square = square * square % modulus
    exponent /= 2
  end
  result
end

def main
  base, exponent, modulus = $stdin.read.split.map(&:to_i)
  puts power_mod(base, exponent, modulus)
end

main if __FILE__ == $PROGRAM_NAME
