SYMBOL_VALUES = { "I" => 1, "V" => 5, "X" => 10, "L" => 50, "C" => 100, "D" => 500, "M" => 1000 }.freeze

def roman_to_int(numeral)
  values = numeral.chars.map { |symbol| SYMBOL_VALUES.fetch(symbol) }
  values.each_with_index.sum do |value, position|
    next_value = values[position + 1] || 0
    value < next_value ? -value : value
  end
end

def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  tokens[1, count].each { |numeral| puts roman_to_int(numeral) }
end

main if __FILE__ == $PROGRAM_NAME
