ALPHABET_SIZE = 26

def shift_letter(letter, base, shift)
  ((letter.ord - base.ord + shift) % ALPHABET_SIZE + base.ord).chr
end

# Ruby's % always returns a value with the sign of the divisor, so negative shifts wrap correctly.
def encrypt(text, shift)
  text.each_char.map do |ch|
    case ch
    when "a".."z" then shift_letter(ch, "a", shift)
    when "A".."Z" then shift_letter(ch, "A", shift)
    else ch
    end
  end.join
end

def main
  shift = $stdin.gets.to_i
  text = ($stdin.gets || "").chomp
  puts encrypt(text, shift)
end

main if __FILE__ == $PROGRAM_NAME
