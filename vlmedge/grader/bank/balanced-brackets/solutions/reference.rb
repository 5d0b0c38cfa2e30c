CLOSER_TO_OPENER = { ")" => "(", "]" => "[", "}" => "{" }.freeze

def balanced?(brackets)
  stack = []
  brackets.each_char do |bracket|
    if CLOSER_TO_OPENER.key?(bracket)
      return false if stack.empty? || stack.pop != CLOSER_TO_OPENER[bracket]
    else
      stack.push(bracket)
    end
  end
  stack.empty?
end

def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  tokens[1, count].each { |brackets| puts balanced?(brackets) ? "YES" : "NO" }
end

main if __FILE__ == $PROGRAM_NAME
